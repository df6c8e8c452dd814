package kz.qorgau.platform;

/**
 * Text a person searches for, as a LIKE pattern that matches it literally: {@code %} and {@code _} typed into a name
 * search are characters of the name, not wildcards. Queries write {@code like :param escape '!'}, so that the
 * database's default escape, the backslash, is an ordinary character too.
 */
public final class Like {

    /** The escape character of {@link #containing}'s patterns, to be named in the query. */
    public static final char ESCAPE = '!';

    private Like() {
    }

    /** A pattern matching any text that contains {@code text}. */
    public static String containing(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 2).append('%');
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
