package kz.qorgau.imports.control;

import java.nio.file.Path;
import java.util.function.Consumer;

import kz.qorgau.platform.InvalidInput;

/** Reads a file row by row, so that a file of any length needs memory for one row at a time. */
interface RowSource {

    /**
     * Checks the header, then hands each non-blank data row to {@code rows} in file order.
     *
     * @throws InvalidInput when the file itself is wrong: unreadable, without header, or without data rows
     */
    void read(Path file, Consumer<SheetRow> rows);
}
