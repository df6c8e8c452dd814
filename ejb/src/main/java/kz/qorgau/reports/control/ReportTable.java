package kz.qorgau.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet of rows under one heading row: cells typed by their column, counts under 5 shown as "&lt;5" where the
 * workbook is statistical, a totals row, and on {@link #finish} frozen headings, filters and widths that fit.
 */
public final class ReportTable {

    static final String SUPPRESSED = "<5";
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** A longer heading wraps onto a second line rather than widening its column. */
    private static final int HEADING_WIDTH = 24;
    private static final float HEADING_HEIGHT = 30;

    private final ReportBook book;
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final int[] widths;
    private int next;
    private int lastDataRow;

    ReportTable(ReportBook book, SXSSFSheet sheet, List<Column> columns) {
        this.book = book;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        Row head = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            String heading = book.text(columns.get(i).heading());
            Cell cell = head.createCell(i);
            cell.setCellValue(heading);
            cell.setCellStyle(book.styles.header);
            fit(i, Math.min(heading.length(), HEADING_WIDTH));
            if (heading.length() > HEADING_WIDTH) {
                head.setHeightInPoints(HEADING_HEIGHT);
            }
        }
    }

    /**
     * One data row; values in column order, null for an empty cell. A date-time is an {@link Instant}, or a
     * {@link LocalDateTime} already in the workbook's zone.
     */
    public void row(Object... values) {
        write(values, false);
        lastDataRow = next - 1;
        book.counted();
    }

    /** The totals row under the data, its first cell saying so. */
    public void totals(Object... values) {
        Object[] labelled = values.clone();
        labelled[0] = book.text("report.total");
        write(labelled, true);
    }

    private void write(Object[] values, boolean total) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cell(row.createCell(i), i, values[i], total);
            }
        }
    }

    private void cell(Cell cell, int i, Object value, boolean total) {
        var styles = book.styles;
        switch (columns.get(i).kind()) {
            case TEXT -> {
                String text = value.toString();
                TextCells.write(cell, text, styles.quoted);
                if (total) {
                    cell.setCellStyle(styles.totalLabel);
                }
                fit(i, text.length());
            }
            case COUNT -> {
                long n = ((Number) value).longValue();
                if (book.suppressesSmallCounts() && ReportBook.small(n)) {
                    cell.setCellValue(SUPPRESSED);
                    cell.setCellStyle(total ? styles.totalSuppressed : styles.suppressed);
                } else {
                    number(cell, i, n, total ? styles.totalInteger : styles.integer);
                }
            }
            case NUMBER -> number(cell, i, ((Number) value).doubleValue(),
                    total ? styles.totalInteger : styles.integer);
            case DECIMAL -> {
                if (value instanceof Number n) {
                    number(cell, i, n.doubleValue(), total ? styles.totalDecimal : styles.decimal);
                } else {
                    word(cell, i, value.toString(), total);
                }
            }
            case PERCENT -> {
                if (value instanceof Number ratio) {
                    cell.setCellValue(ratio.doubleValue());
                    cell.setCellStyle(total ? styles.totalPercent : styles.percent);
                    fit(i, 7);
                } else {
                    word(cell, i, value.toString(), total);
                }
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
                fit(i, 10);
            }
            case DATE_TIME -> {
                cell.setCellValue(value instanceof LocalDateTime local ? local
                        : LocalDateTime.ofInstant((Instant) value, book.zone()));
                cell.setCellStyle(styles.dateTime);
                fit(i, 16);
            }
        }
    }

    /** A word where a number cannot be given, aligned with the numbers around it. */
    private void word(Cell cell, int i, String text, boolean total) {
        cell.setCellValue(text);
        cell.setCellStyle(total ? book.styles.totalSuppressed : book.styles.suppressed);
        fit(i, text.length());
    }

    private void number(Cell cell, int i, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
        fit(i, Long.toString((long) value).length() + 3);
    }

    private void fit(int column, int characters) {
        if (characters > widths[column]) {
            widths[column] = characters;
        }
    }

    /** Freezes the heading row, puts filters on the data rows and sets each column as wide as its content. */
    public void finish() {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastDataRow), 0, columns.size() - 1));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2)) * 256);
        }
    }

    String range(int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }

}
