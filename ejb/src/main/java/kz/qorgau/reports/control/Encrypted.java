package kz.qorgau.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import kz.qorgau.platform.InvalidInput;

/**
 * A workbook encrypted with a password, as Excel and LibreOffice open it (agile encryption, AES-256). SXSSF streams
 * its rows to a temporary file as it goes, so the plain workbook is written to a temporary file first, then
 * encrypted into the output, and removed.
 */
final class Encrypted {

    static final int MIN_PASSWORD = 8;

    private Encrypted() {
    }

    /** What writes the plain workbook and counts its rows. */
    interface Writer {
        long write(OutputStream plain) throws IOException;
    }

    static void requireStrong(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new InvalidInput("report.cases.password.short", MIN_PASSWORD);
        }
    }

    static long write(String password, OutputStream out, Writer writer) throws IOException {
        Path plain = Files.createTempFile("qorgau-report", ".xlsx");
        try {
            long rows;
            try (OutputStream file = Files.newOutputStream(plain)) {
                rows = writer.write(file);
            }
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                    Files.copy(plain, encrypted);
                }
                fs.writeFilesystem(out);
            }
            return rows;
        } catch (GeneralSecurityException e) {
            throw new IOException("the workbook could not be encrypted", e);
        } finally {
            Files.deleteIfExists(plain);
        }
    }
}
