package kz.qorgau.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import kz.qorgau.platform.Messages;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

class ReportBookTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void statisticalBookSuppressesSmallCountsButNotZeroNorStaff() throws IOException {
        XSSFWorkbook workbook = write(true, Locale.ENGLISH);
        XSSFSheet sheet = workbook.getSheetAt(1);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("<5");
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).as("else 10 - 7 gives the 3 away").isEqualTo("x");
        assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isZero();
        assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
        assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(10);
    }

    @Test
    void personalBookShowsEveryCount() throws IOException {
        XSSFSheet sheet = write(false, Locale.ENGLISH).getSheetAt(1);
        assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        XSSFSheet sheet = write(true, Locale.ENGLISH).getSheetAt(1);
        var cell = sheet.getRow(1).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void coverFrozenHeadingsFiltersDatesPercentsAndAChart() throws IOException {
        XSSFWorkbook workbook = write(true, Locale.forLanguageTag("ru"));
        assertThat(workbook.getSheetName(0)).isEqualTo("Титульный лист");
        XSSFSheet cover = workbook.getSheetAt(0);
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
        assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("01.01.2026 – 25.11.2026");
        XSSFSheet sheet = workbook.getSheetAt(1);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F4");
        assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(4))).isTrue();
        assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(0.25);
        assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("n/a");
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);
        var charts = workbook.getSheetAt(2).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo(Messages.text(Locale.forLanguageTag("ru"),
                "report.total"));
    }

    @Test
    void sheetsPrintAsWideAsThePageWithHeadingsTitlesAndPageNumbers() throws IOException {
        XSSFWorkbook workbook = write(true, Locale.ENGLISH);
        XSSFSheet cover = workbook.getSheetAt(0);
        assertThat(cover.getFitToPage()).isTrue();
        assertThat(cover.getPrintSetup().getFitHeight()).as("the cover on one page").isEqualTo((short) 1);
        XSSFSheet sheet = workbook.getSheetAt(1);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).as("as many pages long as needed").isZero();
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(sheet.getHeader().getLeft()).isEqualTo("Title");
        assertThat(sheet.getHeader().getRight()).isEqualTo("2026-01-01 – 2026-11-25");
        assertThat(sheet.getFooter().getLeft()).isEqualTo("Kazakhstan");
        assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
        assertThat(workbook.getSheetAt(2).getPrintSetup().getLandscape()).as("the chart").isTrue();
    }

    @Test
    void idsPrintWithoutSeparatorsAndHeadingsWrapBetweenWords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale kk = Locale.forLanguageTag("kk");
        try (ReportBook book = new ReportBook(kk, ALMATY, true, null)) {
            ReportTable table = book.table("report.cases.sheet", List.of(Column.id("report.column.school-id"),
                    Column.count("report.summary.column.students")));
            table.row(750292604L, 1000L);
            table.finish();
            book.write(out);
        }
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
        assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("750292604");
        assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("1,000");
        String heading = Messages.text(kk, "report.summary.column.students");
        int longestWord = Arrays.stream(heading.split(" ")).mapToInt(String::length).max().orElseThrow();
        assertThat(sheet.getColumnWidth(1) / 256).isGreaterThanOrEqualTo(longestWord);
        assertThat(ReportTable.lines("Incidents on school grounds while a defect was open", 16)).isEqualTo(4);
    }

    @Test
    void aRatioBesideAWithheldCountIsSaidInWordsAndTheChartHasNoBarForIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportBook book = new ReportBook(Locale.ENGLISH, ALMATY, true, null)) {
            ReportTable table = book.table("report.cases.sheet", List.of(Column.text("report.total"),
                    Column.count("report.total"), Column.count("report.total"), Column.percent("report.total")));
            table.row("a", 2L, 40L, book.ratio(2, 40));
            table.row("b", 9L, 50L, book.ratio(9, 50));
            table.row("c", 30L, 60L, book.ratio(30, 60));
            table.totals(null, 41L, 150L, book.ratio(41, 150));
            table.finish();
            book.barChart("report.chart.sheet", "report.total", table, 0, "report.chart.axis.cases",
                    List.of(new ReportBook.Series("report.total", 1)));
            book.write(out);
        }
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("x");
        assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).as("9 / 50 would give the 9 back")
                .isEqualTo("n/a (<5)");
        assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(0.5);
        var plot = workbook.getSheetAt(1).getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea();
        var bars = plot.getBarChartArray(0).getSerArray(0);
        assertThat(bars.getVal().getNumRef().getNumCache().getPtList()).as("no bar for the withheld 2 and 9")
                .extracting(p -> p.getIdx() + "=" + p.getV()).containsExactly("2=30");
        assertThat(bars.getSpPr().isSetSolidFill()).isTrue();
        assertThat(plot.getValAxArray(0).isSetTitle()).isTrue();
        assertThat(plot.getBarChartArray(0).getSerArray(0).getDLbls().getShowVal().getVal()).isTrue();
    }

    @Test
    void anEncryptedWorkbookOpensWithItsPasswordOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = Encrypted.write("correct horse", out, plain -> {
            try (ReportBook book = new ReportBook(Locale.ENGLISH, ALMATY, false, null)) {
                ReportTable table = book.table("report.cases.sheet", List.of(Column.text("report.total")));
                table.row("Ахметова А. Н.");
                table.finish();
                book.write(plain);
                return book.rows();
            }
        });
        assertThat(rows).isEqualTo(1);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(out.toByteArray()))) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            Decryptor decryptor = Decryptor.getInstance(info);
            assertThat(decryptor.verifyPassword("wrong horse")).isFalse();
            assertThat(decryptor.verifyPassword("correct horse")).isTrue();
            try (XSSFWorkbook book = new XSSFWorkbook(decryptor.getDataStream(fs))) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ахметова А. Н.");
            }
        }
    }

    private static XSSFWorkbook write(boolean statistical, Locale locale) throws IOException {
        Caller caller = new Caller("ombudsman1", Set.of("ombudsman"),
                new Jurisdiction(true, Set.of(), Set.of(), Set.of()));
        ReportRequest request = new ReportRequest(ReportKind.REGIONAL_SUMMARY,
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25)),
                new ReportScope(ReportScope.Level.JURISDICTION, 0, "Kazakhstan"), locale, null, null, caller,
                Instant.parse("2026-11-25T05:00:00Z"), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportBook book = new ReportBook(locale, ALMATY, statistical, null)) {
            book.cover("Title", request, List.of());
            ReportTable table = book.table("report.cases.sheet", List.of(Column.text("report.total"),
                    Column.count("report.total"), Column.number("report.total"), Column.percent("report.total"),
                    Column.dateTime("report.total"), Column.date("report.total")));
            table.row("=HYPERLINK(\"http://evil\")", 3, 2, 0.25, Instant.parse("2026-03-01T05:00:00Z"),
                    LocalDate.of(2026, 3, 1));
            table.row("A school with a rather long name of thirty", 7, 1, "n/a", null, null);
            table.row("Zero", 0, 0, 0.0, null, null);
            table.totals(null, 10, 3, 0.5, null, null);
            table.finish();
            book.barChart("report.chart.sheet", "report.total", table, 0, "report.chart.axis.cases",
                    List.of(new ReportBook.Series("report.total", 1)));
            book.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
