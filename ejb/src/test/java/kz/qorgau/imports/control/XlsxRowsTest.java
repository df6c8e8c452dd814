package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

class XlsxRowsTest {

    @TempDir
    Path folder;

    /** A workbook as a school's Excel writes it: the IIN and score as numbers, the date as a date cell. */
    private Path workbook(String... header) throws IOException {
        Path file = folder.resolve("results.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("results");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(120901500011d);
            row.createCell(1).setCellValue("depression");
            row.createCell(2).setCellValue(12.5);
            row.createCell(3).setCellValue(LocalDate.of(2026, 11, 10));
            row.getCell(3).setCellStyle(date);
            Row text = sheet.createRow(3);
            text.createCell(0).setCellValue("120901500012");
            text.createCell(1).setCellValue("anxiety");
            text.createCell(3).setCellValue("2026-11-11");
            workbook.write(out);
        }
        return file;
    }

    private static List<SheetRow> read(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        new XlsxRows(SurveyColumn.HEADERS).read(file, rows::add);
        return rows;
    }

    @Test
    void readsNumbersInFullAndDatesAsIsoWhateverTheirCellFormat() throws IOException {
        List<SheetRow> rows = read(workbook("iin", "scale", "score", "taken_on"));

        assertThat(rows).containsExactly(
                new SheetRow(2, "120901500011", "depression", "12.5", "2026-11-10"),
                new SheetRow(4, "120901500012", "anxiety", "", "2026-11-11"));
    }

    @Test
    void readsTheSampleFileOfTheReadmeAsItsCsvTwin() {
        List<SheetRow> csv = new ArrayList<>();
        new CsvRows(SurveyColumn.HEADERS).read(Path.of("../docs/samples/survey-results.csv"), csv::add);

        assertThat(read(Path.of("../docs/samples/survey-results.xlsx"))).isEqualTo(csv);
    }

    @Test
    void refusesAWrongHeader() throws IOException {
        Path file = workbook("iin", "scale", "score", "date");

        InvalidInput wrong = assertThrows(InvalidInput.class, () -> read(file));

        assertThat(wrong.messageKey()).isEqualTo("import.file.header");
    }

    @Test
    void refusesATruncatedWorkbookAsUnreadable() throws IOException {
        Path whole = workbook("iin", "scale", "score", "taken_on");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        InvalidInput unreadable = assertThrows(InvalidInput.class, () -> read(truncated));

        assertThat(unreadable.messageKey()).isEqualTo("import.file.xlsx-unreadable");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() throws IOException {
        Path csv = Files.writeString(folder.resolve("results.xlsx"), "iin,scale,score,taken_on\n");

        InvalidInput unreadable = assertThrows(InvalidInput.class, () -> read(csv));

        assertThat(unreadable.messageKey()).isEqualTo("import.file.xlsx-unreadable");
    }

    @Test
    void refusesMoreDataRowsThanTheLimitBeforeHandingOnTheRowBeyond() throws IOException {
        Path file = workbook("iin", "scale", "score", "taken_on");
        List<SheetRow> rows = new ArrayList<>();

        FileTooLarge tooLong = assertThrows(FileTooLarge.class,
                () -> new XlsxRows(SurveyColumn.HEADERS, 1, XlsxRows.MAX_UNPACKED_BYTES).read(file, rows::add));

        assertThat(tooLong.messageKey()).isEqualTo("import.file.too-many-rows");
        assertThat(tooLong.arguments()).containsExactly(1L);
        assertThat(rows).hasSize(1);
    }

    @Test
    void refusesAWorkbookThatUnpacksBeyondTheLimitBeforeReadingARow() throws IOException {
        Path file = folder.resolve("bomb.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("results");
            Row header = sheet.createRow(0);
            for (int i = 0; i < SurveyColumn.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(SurveyColumn.HEADERS.get(i));
            }
            for (int i = 1; i <= 40; i++) {
                sheet.createRow(i).createCell(1).setCellValue(i + " ".repeat(30_000));
            }
            workbook.write(out);
        }
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        List<SheetRow> rows = new ArrayList<>();

        FileTooLarge bomb = assertThrows(FileTooLarge.class,
                () -> new XlsxRows(SurveyColumn.HEADERS, RowSource.MAX_ROWS, 1024 * 1024).read(file, rows::add));

        assertThat(bomb.messageKey()).isEqualTo("import.file.unpacks-too-large");
        assertThat(bomb.arguments()).containsExactly(1L);
        assertThat(rows).isEmpty();
    }
}
