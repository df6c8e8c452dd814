package kz.qorgau.safety.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.UnsupportedFormat;
import kz.qorgau.safety.entity.EvidenceType;

class EvidenceFileTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void eachAcceptedKindIsKnownByItsFirstBytes() {
        assertThat(EvidenceType.sniff(PNG)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.sniff(JPEG)).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.sniff(PDF)).contains(EvidenceType.PDF);
        assertThat(EvidenceType.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(EvidenceType.sniff(new byte[] {(byte) 0x89, 'P'})).isEmpty();
    }

    @Test
    void readsAPngSentAsAPngAndKeepsOnlyTheFileName() {
        EvidenceFile file = EvidenceFile.read(in(PNG), "image/png", (long) PNG.length, "C:\\photos\\fence.png");

        assertThat(file.type()).isEqualTo(EvidenceType.PNG);
        assertThat(file.fileName()).isEqualTo("fence.png");
        assertThat(file.content()).isEqualTo(PNG);
    }

    @Test
    void refusesAProgramDeclaredAsAPhoto() {
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);

        UnsupportedFormat e = assertThrows(UnsupportedFormat.class, () -> EvidenceFile.read(in(exe), "image/png", null, "x.png"));
        assertThat(e.messageKey()).isEqualTo("safety.evidence.content-type");
    }

    @Test
    void refusesAJpegDeclaredAsAPdf() {
        UnsupportedFormat e = assertThrows(UnsupportedFormat.class, () -> EvidenceFile.read(in(JPEG), "application/pdf", null, null));
        assertThat(e.messageKey()).isEqualTo("safety.evidence.type-mismatch");
    }

    @Test
    void refusesADeclaredTypeOtherThanJpegPngOrPdf() {
        UnsupportedFormat e = assertThrows(UnsupportedFormat.class, () -> EvidenceFile.read(in(PNG), "text/plain", null, null));
        assertThat(e.messageKey()).isEqualTo("safety.evidence.declared-type");
    }

    @Test
    void refusesAFileOverTenMegabytesWhetherDeclaredOrCounted() {
        byte[] big = Arrays.copyOf(PNG, EvidenceFile.MAX_BYTES + 1);

        assertThrows(FileTooLarge.class, () -> EvidenceFile.read(in(PNG), "image/png", (long) big.length, null));
        FileTooLarge counted = assertThrows(FileTooLarge.class, () -> EvidenceFile.read(in(big), "image/png", null, null));
        assertThat(counted.messageKey()).isEqualTo("safety.evidence.too-large");
        assertThat(counted.arguments()).containsExactly(10L);
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] limit = Arrays.copyOf(JPEG, EvidenceFile.MAX_BYTES);

        assertThat(EvidenceFile.read(in(limit), "image/jpeg", null, null).fileName()).isEqualTo("evidence.jpeg");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThrows(InvalidInput.class, () -> EvidenceFile.read(in(new byte[0]), "image/png", 0L, null));
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
