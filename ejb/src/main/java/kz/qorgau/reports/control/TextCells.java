package kz.qorgau.reports.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text typed by people so that a spreadsheet never reads it as a formula: a value starting with
 * {@code = + - @} is stored quote-prefixed, shown as typed and never evaluated.
 */
final class TextCells {

    private TextCells() {
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    static void write(Cell cell, String value, CellStyle quoted) {
        if (value == null) {
            return;
        }
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }
}
