package kz.qorgau.platform;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

/**
 * Text for people, from the {@code Messages} bundle in Kazakh, Russian and English. The patterns are ICU's, so that a
 * count takes the plural form its language asks for ({@code {0,plural,one{# день} few{# дня} other{# дней}}}):
 * Russian has three of them, which no choice of a fixed range can tell apart (1 and 21, but not 11).
 */
public final class Messages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, Locale.ENGLISH);

    private static final String BUNDLE = "kz.qorgau.platform.Messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return format(locale, bundle.getString(key), arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A pattern of another bundle (the pages' labels) formatted as these messages are. Dates and times read as ISO
     * (2026-11-16), as people type them into the API: ICU would turn them into a locale's short date and a midnight.
     */
    public static String format(Locale locale, String pattern, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof TemporalAccessor temporal) {
                shown[i] = temporal.toString();
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader()).containsKey(key);
    }
}
