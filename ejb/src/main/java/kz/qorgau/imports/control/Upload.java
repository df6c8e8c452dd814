package kz.qorgau.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

/**
 * An uploaded file, copied to a file of the server's private {@link UploadDirectory} while its bytes are counted and
 * hashed: the size limit holds even when the client sends no Content-Length, the SHA-256 identifies the file before a
 * row is read, and the XLSX reader gets a file it can open without loading it into memory. Closing it deletes the
 * copy; a refused upload leaves none.
 */
public final class Upload implements AutoCloseable {

    /** The largest file an import accepts: a region's 100,000 rows are about 5 MB of CSV. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final int LONGEST_NAME = 300;

    private final String fileName;
    private final UploadFormat format;
    private final Path file;
    private final String sha256;

    private Upload(String fileName, UploadFormat format, Path file, String sha256) {
        this.fileName = fileName;
        this.format = format;
        this.file = file;
        this.sha256 = sha256;
    }

    /**
     * @param declaredLength the Content-Length, if the client sent one: a file declared too large is refused unread
     * @throws FileTooLarge when the file is, or is declared, larger than {@link #MAX_BYTES}
     * @throws InvalidInput when the file is empty
     */
    public static Upload receive(InputStream body, String fileName, UploadFormat format, Long declaredLength) {
        return receive(body, fileName, format, declaredLength, UploadDirectory.ofServer());
    }

    static Upload receive(InputStream body, String fileName, UploadFormat format, Long declaredLength,
                          UploadDirectory directory) {
        if (declaredLength != null && declaredLength > MAX_BYTES) {
            throw tooLarge();
        }
        Path file = null;
        try {
            file = directory.newFile(format.extension());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = copy(body, file, digest);
            if (size == 0) {
                throw new InvalidInput("import.file.empty");
            }
            Upload upload = new Upload(name(fileName, format), format, file, HexFormat.of().formatHex(digest.digest()));
            file = null;
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static long copy(InputStream body, Path file, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                size += read;
                if (size > MAX_BYTES) {
                    throw tooLarge();
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    private static FileTooLarge tooLarge() {
        return new FileTooLarge(MAX_BYTES / (1024 * 1024));
    }

    /** The name as the user knows it, without any client path. */
    private static String name(String fileName, UploadFormat format) {
        if (fileName == null || fileName.isBlank()) {
            return "upload." + format.extension();
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    public String fileName() {
        return fileName;
    }

    public UploadFormat format() {
        return format;
    }

    public Path file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }
}
