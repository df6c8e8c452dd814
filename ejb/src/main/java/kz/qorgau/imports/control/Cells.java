package kz.qorgau.imports.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kz.qorgau.platform.PlausibleDateValidator;

/** The readings of cell text that every kind of import shares. */
final class Cells {

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private Cells() {
    }

    /** The first empty column of the row, as a rejection; null when every column holds something. */
    static Rejection missing(SheetRow row, ImportColumn... columns) {
        for (ImportColumn column : columns) {
            if (column.of(row).isEmpty()) {
                return Rejection.of(row, column, "", "import.row.missing", column.header());
            }
        }
        return null;
    }

    /**
     * A date written YYYY-MM-DD (the XLSX reader writes date cells so) that a person can mean; null for anything
     * else, such as 0000-01-01.
     */
    static LocalDate date(String text) {
        if (!text.matches(ISO_DATE)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return PlausibleDateValidator.isPlausible(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
