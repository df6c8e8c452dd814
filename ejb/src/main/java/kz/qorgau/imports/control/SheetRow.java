package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.List;

/**
 * One data row of a file as text, numbered as the user sees it (the header is row 1), with its values in the
 * order of the import's columns.
 */
public record SheetRow(int number, List<String> values) {

    public SheetRow {
        values = values.stream().map(v -> v == null ? "" : v.strip()).toList();
    }

    public SheetRow(int number, String... values) {
        this(number, Arrays.asList(values));
    }
}
