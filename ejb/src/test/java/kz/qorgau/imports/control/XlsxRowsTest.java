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
}
