package kz.qorgau.imports.control;

/**
 * A column of an import's file. Each kind of import lists its columns as an enum whose order is the order of the
 * values in a {@link SheetRow}, whatever order the file itself has them in.
 */
public interface ImportColumn {

    String header();

    int ordinal();

    default String of(SheetRow row) {
        return row.values().get(ordinal());
    }
}
