package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

/** An upload holds children's IINs: it waits in a private directory, and nothing of it outlives its import. */
class UploadTest {

    @TempDir
    Path data;

    @Test
    void anUploadWaitsInThePrivateDirectoryAndGoesWhenTheImportEnds() throws IOException {
        UploadDirectory directory = new UploadDirectory(data.resolve("qorgau-uploads"));
        Path file;
        try (Upload upload = Upload.receive(csv("iin,scale\n110412600001,anxiety\n"), "survey.csv", UploadFormat.CSV,
                null, directory)) {
            file = upload.file();
            assertThat(file.getParent()).isEqualTo(directory.path());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.path())))
                    .isEqualTo("rwx------");
        }
        assertThat(file).doesNotExist();
        assertThat(directory.path()).isEmptyDirectory();
    }

    @Test
    void aRefusedUploadLeavesNothing() {
        UploadDirectory directory = new UploadDirectory(data.resolve("qorgau-uploads"));
        assertThatThrownBy(() -> Upload.receive(csv(""), "empty.csv", UploadFormat.CSV, null, directory))
                .isInstanceOf(InvalidInput.class);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> Upload.receive(endless, "big.csv", UploadFormat.CSV, null, directory))
                .isInstanceOf(FileTooLarge.class);
        assertThat(directory.path()).isEmptyDirectory();
    }

    @Test
    void whatACrashLeftBehindIsSweptAtStartUp() throws IOException {
        UploadDirectory directory = new UploadDirectory(data.resolve("qorgau-uploads"));
        Upload interrupted = Upload.receive(csv("iin\n110412600001\n"), "roster.csv", UploadFormat.CSV, null, directory);
        Path other = Files.writeString(directory.path().resolve("README"), "not an upload");

        assertThat(directory.sweep()).isEqualTo(1);

        assertThat(interrupted.file()).doesNotExist();
        assertThat(other).exists();
        assertThat(new UploadDirectory(data.resolve("never-made")).sweep()).isZero();
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
