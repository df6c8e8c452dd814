package kz.qorgau.imports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Where uploaded files wait while an import reads them: a directory of the server's own (QORGAU_UPLOAD_DIR, by default
 * {@code qorgau-uploads} in the server's data directory), readable by the server's user only, as are the files in it.
 * They hold children's IINs: an import deletes its file when it ends, whatever the outcome, and what a crash left
 * behind is swept at start-up ({@link UploadSweep}).
 */
public final class UploadDirectory {

    static final String PREFIX = "qorgau-import-";

    private static final Logger LOG = Logger.getLogger(UploadDirectory.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    UploadDirectory(Path path) {
        this.path = path;
    }

    /** The server's upload directory. */
    public static UploadDirectory ofServer() {
        String configured = System.getenv("QORGAU_UPLOAD_DIR");
        return new UploadDirectory(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "qorgau-uploads"));
    }

    Path path() {
        return path;
    }

    /** A new, empty file for an upload, only the server's user may read. */
    Path newFile(String extension) throws IOException {
        Files.createDirectories(path);
        if (POSIX) {
            Files.setPosixFilePermissions(path, OWNER_ONLY_DIRECTORY);
            return Files.createTempFile(path, PREFIX, "." + extension,
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        return Files.createTempFile(path, PREFIX, "." + extension, new FileAttribute<?>[0]);
    }

    /** Deletes every upload left in the directory; only at start-up, when no import can be reading one. */
    public int sweep() {
        if (!Files.isDirectory(path)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, PREFIX + "*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                deleted++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not sweep " + path, e);
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.warning(() -> "Deleted " + count + " uploaded files that imports interrupted by a stop left in " + path);
        }
        return deleted;
    }
}
