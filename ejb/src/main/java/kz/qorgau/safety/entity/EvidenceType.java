package kz.qorgau.safety.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence of a remedy: photos and scanned documents. A file is what its first bytes
 * say it is, whatever type the client declared: a renamed program is not a photo.
 */
public enum EvidenceType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    /** Enough of the file to tell the kinds apart. */
    public static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final byte[] signature;

    EvidenceType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** The kind the file's first bytes announce, if it is one of ours. */
    public static Optional<EvidenceType> sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(t -> head.length >= t.signature.length
                        && Arrays.equals(head, 0, t.signature.length, t.signature, 0, t.signature.length))
                .findFirst();
    }

    /** The kind a Content-Type names, parameters aside; {@code image/jpg} is a common misspelling of JPEG. */
    public static Optional<EvidenceType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("image/jpg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(type)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }
}
