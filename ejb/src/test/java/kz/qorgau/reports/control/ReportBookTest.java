package kz.qorgau.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
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
