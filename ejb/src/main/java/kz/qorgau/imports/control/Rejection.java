package kz.qorgau.imports.control;

import java.util.List;

/** A rejected row: where, what it held, and why, as a message key rendered later in the caller's language. */
public record Rejection(int row, ImportColumn column, String value, String reasonKey, List<Object> arguments)
        implements RowOutcome {

    private static final int LONGEST_VALUE = 100;

    public Rejection {
        value = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value;
        arguments = List.copyOf(arguments);
    }

    static Rejection of(SheetRow row, ImportColumn column, String value, String reasonKey, Object... arguments) {
        return new Rejection(row.number(), column, value, reasonKey, List.of(arguments));
    }
}
