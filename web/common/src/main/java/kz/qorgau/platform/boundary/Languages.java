package kz.qorgau.platform.boundary;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.platform.Messages;

/**
 * The caller's language: {@code ?lang=kk|ru|en} if given (handy for a download link), else the first supported
 * language of Accept-Language, else English.
 */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpHeaders headers, UriInfo uri) {
        String asked = uri == null ? null : uri.getQueryParameters().getFirst("lang");
        if (asked != null) {
            return supported(Locale.forLanguageTag(asked)).orElse(Locale.ENGLISH);
        }
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        return acceptable.stream().map(Languages::supported).flatMap(Optional::stream).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The first of a browser's preferred languages that Qorgau speaks, else English. */
    public static Locale preferred(Enumeration<Locale> locales) {
        return Collections.list(locales).stream().map(Languages::supported).flatMap(Optional::stream).findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static Optional<Locale> supported(Locale locale) {
        return Messages.SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
    }
}
