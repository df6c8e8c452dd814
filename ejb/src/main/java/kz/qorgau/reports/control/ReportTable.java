package kz.qorgau.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet of rows under one heading row: cells typed by their column, a totals row, and on {@link #finish} frozen
 * headings, filters, widths that fit and a page setup for printing. In a statistical workbook the rows are held until
 * the whole workbook is known, so that counts are withheld across all its tables (see {@link Suppression}): "&lt;5"
 * for a count from 1 to 4, "x" for a count withheld so that a "&lt;5" cannot be worked out. A personal workbook's
 * rows stream to disk as they come.
 */
public final class ReportTable {

    static final String SUPPRESSED = "<5";
    static final String WITHHELD = "x";
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** A longer heading wraps onto more lines rather than widening its column, but never inside a word. */
    private static final int HEADING_WIDTH = 16;
    /** A bold letter is wider than the average digit a column's width counts in. */
    private static final double BOLD = 1.25;
    private static final float LINE_HEIGHT = 15;
    /** Wider than this many characters, a sheet prints in landscape. */
    private static final int PORTRAIT_WIDTH = 95;

    private final ReportBook book;
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final int[] widths;
    private final boolean held;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Suppression.Cell[]> counts = new ArrayList<>();
    private Object[] totals;
    private Suppression.Cell[] totalCounts;
    private final List<Object[]> written = new ArrayList<>();
    private int next;
    private int lastDataRow;
    private boolean anyFigure;
    private long dataRows;

    ReportTable(ReportBook book, SXSSFSheet sheet, List<Column> columns, boolean held) {
        this.book = book;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        this.held = held;
        Row head = sheet.createRow(next++);
        String[] headings = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            headings[i] = book.text(columns.get(i).heading());
            Cell cell = head.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(book.styles.header);
            fit(i, (int) Math.ceil(BOLD * Math.max(longestWord(headings[i]),
                    Math.min(headings[i].length(), HEADING_WIDTH))));
        }
        int lines = 1;
        for (int i = 0; i < headings.length; i++) {
            lines = Math.max(lines, lines(headings[i], (int) (Math.max(MIN_WIDTH, widths[i]) / BOLD)));
        }
        head.setHeightInPoints(lines * LINE_HEIGHT);
    }

    /**
     * One data row; values in column order, null for an empty cell. A date-time is an {@link Instant}, or a
     * {@link LocalDateTime} already in the workbook's zone.
     */
    public void row(Object... values) {
        dataRows++;
        if (held) {
            rows.add(values.clone());
            counts.add(countCells(values));
        } else {
            write(values, false);
            lastDataRow = next - 1;
        }
        book.counted();
    }

    /** The totals row under the data, its first cell saying so. */
    public void totals(Object... values) {
        Object[] labelled = values.clone();
        labelled[0] = book.text("report.total");
        if (held) {
            totals = labelled;
            totalCounts = countCells(labelled);
        } else {
            write(labelled, false);
        }
    }

    private Suppression.Cell[] countCells(Object[] values) {
        Suppression.Cell[] cells = new Suppression.Cell[values.length];
        for (int i = 0; i < values.length; i++) {
            if (columns.get(i).kind() == Column.Kind.COUNT && values[i] instanceof Number n) {
                cells[i] = book.suppression().cell(n.longValue());
            }
        }
        return cells;
    }

    /** The count in a data row (from 0) and column, for a relation with a count elsewhere in the workbook. */
    Suppression.Cell count(int row, int column) {
        return held && row < counts.size() ? counts.get(row)[column] : null;
    }

    /** The count in the totals row. */
    Suppression.Cell total(int column) {
        return held && totalCounts != null ? totalCounts[column] : null;
    }

    boolean percent(int column) {
        return columns.get(column).kind() == Column.Kind.PERCENT;
    }

    /** The message key of a column's heading. */
    String heading(int column) {
        return columns.get(column).heading();
    }

    /** Each column of counts adds up to its total, exactly or at least (a child counted in two rows). */
    void relateColumns() {
        if (totalCounts == null) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (totalCounts[i] != null) {
                List<Suppression.Cell> parts = new ArrayList<>();
                for (Suppression.Cell[] row : counts) {
                    if (row[i] != null) {
                        parts.add(row[i]);
                    }
                }
                book.suppression().relate(parts, totalCounts[i]);
            }
        }
    }

    /** In every row, the count in {@code part} is part of the count in {@code whole} (on school grounds, of all). */
    void partOf(int part, int whole) {
        if (!held) {
            return;
        }
        List<Suppression.Cell[]> all = new ArrayList<>(counts);
        if (totalCounts != null) {
            all.add(totalCounts);
        }
        for (Suppression.Cell[] row : all) {
            book.suppression().relate(List.of(row[whole]), row[part]);
        }
    }

    /** In every row and the totals, the counts in {@code parts} add up exactly to the count in {@code whole}. */
    void addsUpInEachRow(int[] parts, int whole) {
        if (!held) {
            return;
        }
        List<Suppression.Cell[]> all = new ArrayList<>(counts);
        if (totalCounts != null) {
            all.add(totalCounts);
        }
        for (Suppression.Cell[] row : all) {
            book.suppression().relate(Arrays.stream(parts).mapToObj(p -> row[p]).toList(), row[whole]);
        }
    }

    /**
     * The rows of this table that break down each row of {@code summary}: those whose texts in {@code keys} are the
     * summary row's texts in {@code summaryKeys}; their counts in {@code column} add up to the summary's in
     * {@code summaryColumn}.
     */
    void breaksDown(int[] keys, int column, ReportTable summary, int[] summaryKeys, int summaryColumn) {
        if (!held) {
            return;
        }
        Map<String, List<Suppression.Cell>> groups = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            if (counts.get(r)[column] != null) {
                groups.computeIfAbsent(key(rows.get(r), keys), k -> new ArrayList<>()).add(counts.get(r)[column]);
            }
        }
        for (int r = 0; r < summary.rows.size(); r++) {
            List<Suppression.Cell> parts = groups.get(key(summary.rows.get(r), summaryKeys));
            Suppression.Cell whole = summary.counts.get(r)[summaryColumn];
            if (parts != null && whole != null) {
                book.suppression().relate(parts, whole);
            }
        }
    }

    private static String key(Object[] row, int[] keys) {
        return Arrays.stream(keys).mapToObj(k -> String.valueOf(row[k])).reduce("", (a, b) -> a + '\u0000' + b);
    }

    /** Writes the held rows as suppression left them, then finishes the sheet. */
    void flush() {
        for (int r = 0; r < rows.size(); r++) {
            Object[] shown = shown(rows.get(r), counts.get(r));
            written.add(shown);
            write(shown, false);
            lastDataRow = next - 1;
        }
        if (totals != null) {
            write(shown(totals, totalCounts), true);
        }
        layout();
    }

    /**
     * A row's values with its withheld counts as their marks, and a ratio or rate derived from a withheld count
     * said in words: a percentage next to its part or whole would give the count away.
     */
    private Object[] shown(Object[] values, Suppression.Cell[] cells) {
        Object[] shown = values.clone();
        List<Long> withheld = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (cells[i] != null && cells[i].withheld()) {
                shown[i] = cells[i].state == Suppression.State.PRIMARY ? SUPPRESSED : WITHHELD;
                withheld.add(cells[i].value);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Derived derived) {
                boolean givesAway = Arrays.stream(derived.from()).anyMatch(withheld::contains);
                shown[i] = givesAway ? book.text("report.ratio.suppressed") : derived.value();
            }
        }
        return shown;
    }

    /** The numbers a chart shows of a column, as the cells show them: a withheld one as no bar. */
    List<Number> charted(int column) {
        List<Number> values = new ArrayList<>();
        for (Object[] row : written) {
            values.add(row[column] instanceof Number n ? n : null);
        }
        return values;
    }

    /** The texts of a column, as a chart's categories. */
    List<String> labels(int column) {
        return written.stream().map(row -> String.valueOf(row[column])).toList();
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
            case COUNT, NUMBER -> {
                if (value instanceof Number n) {
                    number(cell, i, n.doubleValue(), total ? styles.totalInteger : styles.integer);
                } else {
                    word(cell, i, value.toString(), total);
                }
            }
            case ID -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.id);
                fit(i, Long.toString(((Number) value).longValue()).length() + 1);
            }
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
        if (!total && figure(columns.get(i).kind(), value)) {
            anyFigure = true;
        }
    }

    /** A value that says something happened: a count, number or date other than zero, or a withheld count. */
    private static boolean figure(Column.Kind kind, Object value) {
        return switch (kind) {
            case COUNT, NUMBER, DECIMAL -> value instanceof Number n ? n.doubleValue() != 0
                    : SUPPRESSED.equals(value) || WITHHELD.equals(value);
            case DATE, DATE_TIME -> true;
            default -> false;
        };
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

    /**
     * Freezes the heading row, puts filters on the data rows, sets each column as wide as its content and the page
     * as wide as the paper; in a statistical workbook the rows are written later, when the workbook is.
     */
    public void finish() {
        if (!held) {
            layout();
        }
    }

    private void layout() {
        if (dataRows == 0 || !anyFigure) {
            // Under a blank row, so that a filter over the data leaves it out.
            next++;
            Row note = sheet.createRow(next++);
            note.createCell(0).setCellValue(book.text(dataRows == 0 ? "report.no-rows" : "report.no-figures"));
            note.getCell(0).setCellStyle(book.styles.bold);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastDataRow), 0, columns.size() - 1));
        int total = 0;
        for (int i = 0; i < widths.length; i++) {
            int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2));
            sheet.setColumnWidth(i, width * 256);
            total += width;
        }
        book.printSetup(sheet, total > PORTRAIT_WIDTH, false);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    String range(int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** How many lines a heading wraps onto at a column width, breaking between words as spreadsheets do. */
    static int lines(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.split("\\s+")) {
            if (used > 0 && used + 1 + word.length() > width) {
                lines++;
                used = word.length();
            } else {
                used += (used > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    /** A ratio, rate or change shown as {@code value} unless one of the counts it is derived from is withheld. */
    public record Derived(Object value, long... from) {
    }
}
