package kz.qorgau.imports.control;

import java.nio.file.Path;
import java.util.function.Consumer;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

/** Reads a file row by row, so that a file of any length needs memory for one row at a time. */
interface RowSource {

    /** The most data rows an import reads: twice a region's 100,000; a larger file is split. */
    int MAX_ROWS = 200_000;

    /**
     * Checks the header, then hands each non-blank data row to {@code rows} in file order.
     *
     * @throws InvalidInput when the file itself is wrong: unreadable, without header, or without data rows
     * @throws FileTooLarge  when it holds more data rows than the reader's limit, before the row beyond is handed on
     */
    void read(Path file, Consumer<SheetRow> rows);

    static FileTooLarge tooManyRows(int limit) {
        return new FileTooLarge("import.file.too-many-rows", limit);
    }
}
