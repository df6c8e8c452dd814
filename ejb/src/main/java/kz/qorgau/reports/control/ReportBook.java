package kz.qorgau.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
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
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

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
    private final Suppression suppression = new Suppression();
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<Runnable> charts = new ArrayList<>();
    private SXSSFSheet coverSheet;
    private int coverRows;
    /** Title, period and jurisdiction, printed at the top of every page. */
    private String[] heading = {"", "", ""};
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
        coverSheet = sheet;
        String periodText = text("report.cover.period.value", styles.dateText(request.period().from()),
                styles.dateText(request.period().to()));
        heading = new String[] {title, periodText, request.scope().name()};
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        printSetup(sheet, false, true);
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(title);
        head.getCell(0).setCellStyle(styles.title);
        int r = 2;
        Row period = sheet.createRow(r++);
        label(period, text("report.cover.period"));
        period.createCell(1).setCellValue(periodText);
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
        notice.setHeightInPoints(80);
        coverRows = r + 1;
    }

    /**
     * Paper, orientation and scale of a sheet: as wide as the page and as many pages long as it needs (the cover
     * on one page), with the title and period in the header and jurisdiction and "page N of M" in the footer.
     */
    void printSetup(Sheet sheet, boolean landscape, boolean onePage) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) (onePage ? 1 : 0));
        sheet.setHorizontallyCenter(onePage);
        sheet.getHeader().setLeft(escaped(heading[0]));
        sheet.getHeader().setRight(escaped(heading[1]));
        sheet.getFooter().setLeft(escaped(heading[2]));
        sheet.getFooter().setRight(escaped(text("report.page", "&P", "&N")));
    }

    /** A header or footer reads "&" as the start of a code: a name's own ampersand is doubled. */
    private static String escaped(String text) {
        return text.replace("&", "&&").replace("&&P", "&P").replace("&&N", "&N");
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
        ReportTable table = new ReportTable(this, workbook.createSheet(text(sheetKey)), columns, suppressSmallCounts);
        tables.add(table);
        return table;
    }

    Suppression suppression() {
        return suppression;
    }

    /**
     * A figure shown in two places, or one that adds up another (a total on one sheet against a total on another):
     * one must not give the other away. Called once both tables hold their rows.
     */
    void same(Suppression.Cell one, Suppression.Cell other) {
        if (suppressSmallCounts && one != null && other != null) {
            suppression.relate(List.of(one), other);
            suppression.relate(List.of(other), one);
        }
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
        return derived((double) part / whole, part, whole);
    }

    /**
     * A figure derived from counts shown in the same row: in a statistical workbook it is said in words where one
     * of those counts is withheld.
     */
    public Object derived(Object value, long... from) {
        return suppressSmallCounts ? new ReportTable.Derived(value, from) : value;
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
        return derived((double) (now - before) / before, before, now);
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
     * holds between its heading and its totals, as the cells show them: a withheld count as no bar. Drawn when the
     * workbook is written, once counts are withheld.
     */
    public void barChart(String sheetKey, String titleKey, ReportTable table, int categoryColumn,
                         String axisKey, List<Series> series) {
        String name = text(sheetKey);
        workbook.createSheet(name);
        charts.add(() -> drawChart(name, titleKey, table, categoryColumn, axisKey, series));
    }

    private void drawChart(String name, String titleKey, ReportTable table, int categoryColumn, String axisKey,
                           List<Series> series) {
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(name);
        printSetup(workbook.getSheet(name), true, true);
        List<String> categories = table.labels(categoryColumn);
        if (categories.isEmpty()) {
            Row row = workbook.getSheet(name).createRow(0);
            row.createCell(0).setCellValue(text("report.no-rows"));
            row.getCell(0).setCellStyle(styles.bold);
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, 16, 28));
        chart.setTitleText(text(titleKey));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTitle(text(table.heading(categoryColumn)));
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setTitle(text(axisKey));
        int first = 1;
        int last = categories.size();
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
                table.range(first, last, categoryColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            var values = XDDFDataSourcesFactory.fromArray(table.charted(s.column()).toArray(Number[]::new),
                    table.range(first, last, s.column()));
            XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(labels, values);
            bars.setTitle(text(s.nameKey()), null);
            // LibreOffice draws a series without a fill of its own as nothing at all.
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length])));
            bars.setShapeProperties(fill);
            CTDLbls numbers = bars.getCTBarSer().addNewDLbls();
            numbers.addNewNumFmt().setFormatCode(table.percent(s.column()) ? "0%" : "0");
            numbers.getNumFmt().setSourceLinked(false);
            numbers.addNewShowVal().setVal(true);
            numbers.addNewShowLegendKey().setVal(false);
            numbers.addNewShowCatName().setVal(false);
            numbers.addNewShowSerName().setVal(false);
            numbers.addNewShowPercent().setVal(false);
            numbers.addNewShowBubbleSize().setVal(false);
        }
        chart.plot(data);
    }

    /** Bar colours that stay apart in print and for readers who do not tell red from green. */
    private static final byte[][] COLOURS = {{(byte) 0x1f, (byte) 0x77, (byte) 0xb4},
            {(byte) 0xff, (byte) 0x7f, (byte) 0x0e}, {(byte) 0x2c, (byte) 0xa0, (byte) 0x2c}};

    /** One series of a bar chart: its name's message key and the column it reads. */
    public record Series(String nameKey, int column) {
    }

    /**
     * Writes the workbook. A statistical one withholds its counts first, over all its tables at once, and says on
     * the cover how many it withheld.
     */
    public void write(OutputStream out) throws IOException {
        if (suppressSmallCounts) {
            tables.forEach(ReportTable::relateColumns);
            int secondary = suppression.apply();
            tables.forEach(ReportTable::flush);
            if (coverSheet != null) {
                Row applied = coverSheet.createRow(coverRows + 1);
                applied.createCell(0).setCellValue(text("report.cover.suppression"));
                applied.getCell(0).setCellStyle(styles.header);
                applied.createCell(1).setCellValue(text("report.cover.suppression.value", suppression.primary(),
                        secondary));
                applied.getCell(1).setCellStyle(styles.wrapped);
                applied.setHeightInPoints(30);
            }
        }
        charts.forEach(Runnable::run);
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
        final CellStyle id;
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
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
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
            id = numeric(workbook, formats.getFormat("0"), null);
            header.setVerticalAlignment(VerticalAlignment.TOP);
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
