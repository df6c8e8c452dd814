package kz.qorgau.safety.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.UnsupportedFormat;
import kz.qorgau.safety.entity.EvidenceType;

/**
 * A photo or document uploaded as evidence of a remedy, read into memory within the size limit and identified by
 * its first bytes: it must be a JPEG, PNG or PDF, and the type the client declared must be the one it is.
 */
public record EvidenceFile(String fileName, EvidenceType type, byte[] content) {

    /** A phone photo or a few scanned pages; the server's own limit on a request is higher. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int LONGEST_NAME = 300;
    private static final String ACCEPTED = "JPEG (image/jpeg), PNG (image/png), PDF (application/pdf)";

    public EvidenceFile {
        content = content.clone();
    }

    /**
     * @param declaredLength the Content-Length, if sent: a file declared too large is refused unread
     * @throws FileTooLarge beyond {@link #MAX_BYTES}
     * @throws UnsupportedFormat when the declared type or the content is not an accepted kind, or they differ
     * @throws InvalidInput when the body is empty
     */
    public static EvidenceFile read(InputStream body, String contentType, Long declaredLength, String fileName) {
        EvidenceType declared = EvidenceType.ofMediaType(contentType)
                .orElseThrow(() -> new UnsupportedFormat("safety.evidence.declared-type", String.valueOf(contentType),
                        ACCEPTED));
        if (declaredLength != null && declaredLength > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] content = readLimited(body);
        if (content.length == 0) {
            throw new InvalidInput("safety.evidence.empty");
        }
        EvidenceType actual = EvidenceType.sniff(Arrays.copyOf(content, Math.min(content.length,
                        EvidenceType.SIGNATURE_BYTES)))
                .orElseThrow(() -> new UnsupportedFormat("safety.evidence.content-type", declared.mediaType(), ACCEPTED));
        if (actual != declared) {
            throw new UnsupportedFormat("safety.evidence.type-mismatch", declared.mediaType(), actual.mediaType());
        }
        return new EvidenceFile(name(fileName, actual), actual, content);
    }

    private static byte[] readLimited(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if (out.size() + read > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static FileTooLarge tooLarge() {
        return new FileTooLarge("safety.evidence.too-large", MAX_BYTES / (1024 * 1024));
    }

    /** The name as the user knows it, without any client path. */
    private static String name(String fileName, EvidenceType type) {
        if (fileName == null || fileName.isBlank()) {
            return "evidence." + type.name().toLowerCase(Locale.ROOT);
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
