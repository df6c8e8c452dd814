package kz.qorgau.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text that was sent as UTF-8 and read as ISO-8859-1, the damage a form posted without a charset suffered before the
 * pages were read as UTF-8: "Әлия" stored as "Ó\u0098лия"-like Latin-1 letters ("Ð\u0090Ð»Ð¸Ñ\u008f" for "Алия").
 * Such text is made only of characters up to U+00FF whose bytes form valid UTF-8 again; genuine Latin-1 text
 * ("Müller") does not, and text with any character above U+00FF (Cyrillic as typed) was never damaged.
 */
public final class GarbledText {

    /** A text damaged twice (read as Latin-1, then again) is repaired by as many passes. */
    private static final int MAX_PASSES = 3;

    private GarbledText() {
    }

    /** @return the text as it was typed, if this text is the Latin-1 reading of UTF-8; else empty */
    public static Optional<String> repaired(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Optional<String> once = repairedOnce(current);
            if (once.isEmpty()) {
                break;
            }
            current = once.get();
        }
        return current.equals(text) ? Optional.empty() : Optional.of(current);
    }

    private static Optional<String> repairedOnce(String text) {
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return Optional.empty();
            }
            beyondAscii |= c > 0x7F;
        }
        if (!beyondAscii) {
            return Optional.empty();
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
            return Optional.of(decoded);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
