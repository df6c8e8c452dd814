package kz.qorgau.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import kz.qorgau.platform.Messages;

/**
 * One report workbook in the reader's language: a cover sheet saying what it holds, tables with frozen headings,
 * filters, real number and date cells and totals, and bar charts over them. Streams its rows to disk as it goes,
 * so memory does not grow with their number.
 */
public final class ReportBook implements AutoCloseable {

    static final int PROGRESS_EVERY = 10_000;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Locale locale;
    private final ZoneId zone;
    private final boolean suppressSmallCounts;
    private final LongConsumer progress;
    final Styles styles;
    private long rows;

    public ReportBook(Locale locale, ZoneId zone, boolean suppressSmallCounts, LongConsumer progress) {
        this.locale = locale;
        this.zone = zone;
        this.suppressSmallCounts = suppressSmallCounts;
        this.progress = progress;
        this.styles = new Styles(workbook, locale);
    }

    public String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    public Locale locale() {
        return locale;
    }

    ZoneId zone() {
        return zone;
    }

    boolean suppressesSmallCounts() {
        return suppressSmallCounts;
    }

    /**
     * The first sheet: the title, the period and scope, each filter as a label and value, who asked and when, and
     * what the reader must know about the figures.
     */
    public void cover(String title, ReportRequest request, List<String[]> filters) {
        SXSSFSheet sheet = workbook.createSheet(text("report.cover.sheet"));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(title);
        head.getCell(0).setCellStyle(styles.title);
        int r = 2;
        Row period = sheet.createRow(r++);
        label(period, text("report.cover.period"));
        period.createCell(1).setCellValue(text("report.cover.period.value",
                styles.dateText(request.period().from()), styles.dateText(request.period().to())));
        r = pair(sheet, r, text("report.cover.scope"), request.scope().name());
        for (String[] filter : filters) {
            r = pair(sheet, r, filter[0], filter[1]);
        }
        r = pair(sheet, r, text("report.cover.generated-by"), request.caller().username());
        Row at = sheet.createRow(r++);
        label(at, text("report.cover.generated-at"));
        at.createCell(1).setCellValue(LocalDateTime.ofInstant(request.requestedAt(), zone));
        at.getCell(1).setCellStyle(styles.dateTimeLeft);
        r++;
        String note = suppressSmallCounts ? "report.cover.note.statistical" : "report.cover.note.personal";
        Row notice = sheet.createRow(r);
        notice.createCell(0).setCellValue(text(note));
        notice.getCell(0).setCellStyle(styles.wrapped);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        notice.setHeightInPoints(45);
    }

    private int pair(SXSSFSheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        label(row, label);
        TextCells.write(row.createCell(1), value, styles.quoted);
        return r + 1;
    }

    private void label(Row row, String label) {
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.bold);
    }

    /** A new sheet whose first row holds the columns' headings in the reader's language. */
    public ReportTable table(String sheetKey, List<Column> columns) {
        return new ReportTable(this, workbook.createSheet(text(sheetKey)), columns);
    }

    void counted() {
        rows++;
        if (progress != null && rows % PROGRESS_EVERY == 0) {
            progress.accept(rows);
        }
    }

    /**
     * {@code part / whole} for a percentage cell; a word instead where there is nothing to divide by, or where the
     * ratio would give away a suppressed count.
     */
    public Object ratio(long part, long whole) {
        if (whole == 0) {
            return text("report.ratio.no-base");
        }
        if (suppressSmallCounts && (small(part) || small(whole))) {
            return text("report.ratio.suppressed");
        }
        return (double) part / whole;
    }

    /** {@code part / whole} of things that single out no child, such as schools: never suppressed. */
    public Object share(long part, long whole) {
        return whole == 0 ? text("report.ratio.no-base") : (double) part / whole;
    }

    /**
     * The change from {@code before} to {@code now} as a ratio (0.25 is 25 % more); a word when there was nothing
     * before to compare with, or when either count is suppressed.
     */
    public Object change(long before, long now) {
        if (before == 0) {
            return text(now == 0 ? "report.change.none" : "report.change.no-base");
        }
        if (suppressSmallCounts && (small(before) || small(now))) {
            return text("report.ratio.suppressed");
        }
        return (double) (now - before) / before;
    }

    /** A count as a chart shows it: a suppressed one as no bar rather than its true height. */
    Long charted(long count) {
        return suppressSmallCounts && small(count) ? null : count;
    }

    static boolean small(long count) {
        return count > 0 && count < 5;
    }

    /** Data rows written to every table so far, which the audit trail records. */
    public long rows() {
        return rows;
    }

    /**
     * A bar chart on a sheet of its own, one bar series per value column of {@code table}, over the rows the table
     * holds between its heading and its totals. The values are passed too, to cache in the chart as they are in the
     * cells; a suppressed count is passed as null and shows as no bar.
     */
    public void barChart(String sheetKey, String titleKey, ReportTable table, List<String> categories,
                         int categoryColumn, List<Series> series) {
        if (categories.isEmpty()) {
            return;
        }
        String name = text(sheetKey);
        workbook.createSheet(name);
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(name);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, 16, 28));
        chart.setTitleText(text(titleKey));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        int first = 1;
        int last = categories.size();
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
                table.range(first, last, categoryColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        for (Series s : series) {
            var values = XDDFDataSourcesFactory.fromArray(s.values().toArray(Number[]::new),
                    table.range(first, last, s.column()));
            data.addSeries(labels, values).setTitle(text(s.nameKey()), null);
        }
        chart.plot(data);
    }

    /** One series of a bar chart: its name's message key, the column it reads and the values it shows. */
    public record Series(String nameKey, int column, List<? extends Number> values) {
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the rows streamed to temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The cell styles a workbook shares between its sheets: a workbook holds a limited number of them. */
    static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle quoted;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle suppressed;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle dateTimeLeft;
        final CellStyle totalLabel;
        final CellStyle totalInteger;
        final CellStyle totalDecimal;
        final CellStyle totalPercent;
        final CellStyle totalSuppressed;
        private final String datePattern;

        Styles(SXSSFWorkbook workbook, Locale locale) {
            var formats = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            datePattern = "en".equals(locale.getLanguage()) ? "yyyy-mm-dd" : "dd.mm.yyyy";
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            integer = numeric(workbook, formats.getFormat("#,##0"), null);
            decimal = numeric(workbook, formats.getFormat("#,##0.0"), null);
            percent = numeric(workbook, formats.getFormat("0.0%"), null);
            suppressed = numeric(workbook, formats.getFormat("@"), null);
            date = numeric(workbook, formats.getFormat(datePattern), null);
            dateTime = numeric(workbook, formats.getFormat(datePattern + " hh:mm"), null);
            dateTimeLeft = workbook.createCellStyle();
            dateTimeLeft.setDataFormat(formats.getFormat(datePattern + " hh:mm"));
            dateTimeLeft.setAlignment(HorizontalAlignment.LEFT);
            totalLabel = workbook.createCellStyle();
            totalLabel.setFont(boldFont);
            totalInteger = numeric(workbook, formats.getFormat("#,##0"), boldFont);
            totalDecimal = numeric(workbook, formats.getFormat("#,##0.0"), boldFont);
            totalPercent = numeric(workbook, formats.getFormat("0.0%"), boldFont);
            totalSuppressed = numeric(workbook, formats.getFormat("@"), boldFont);
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, short format, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            style.setAlignment(HorizontalAlignment.RIGHT);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }

        String dateText(LocalDate day) {
            return day.format(DateTimeFormatter.ofPattern(datePattern.replace("mm", "MM")));
        }
    }
}
