package kz.qorgau.reports.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text typed by people so that a spreadsheet never reads it as a formula: a value starting with
 * {@code = + - @} is stored quote-prefixed, shown as typed and never evaluated.
 */
final class TextCells {

    private final CellStyle quoted;

    TextCells(CellStyle quoted) {
        this.quoted = quoted;
    }

    void write(Cell cell, String value) {
        if (value == null) {
            return;
        }
        cell.setCellValue(value);
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            cell.setCellStyle(quoted);
        }
    }
}
