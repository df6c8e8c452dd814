package kz.qorgau.reports.control;

import java.util.Locale;

/** Which of the reference tables' name columns ({@code name_kk}, {@code name_ru}, {@code name_en}) a reader reads. */
final class Names {

    private Names() {
    }

    static String column(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> "kk";
            case "ru" -> "ru";
            default -> "en";
        };
    }
}
