package kz.qorgau.platform;

/**
 * Text a person could have typed: no control characters but tab and line breaks (U+0000 in particular, which
 * PostgreSQL cannot store), no lone halves of a surrogate pair. Kazakh and Russian letters, of course, are text.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static boolean isPrintable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
