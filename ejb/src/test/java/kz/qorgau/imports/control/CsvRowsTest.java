package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

class CsvRowsTest {

    @TempDir
    Path folder;

    private List<SheetRow> read(byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("results.csv"), content);
        List<SheetRow> rows = new ArrayList<>();
        new CsvRows(SurveyColumn.HEADERS).read(file, rows::add);
        return rows;
    }

    private List<SheetRow> read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsInAnyOrderNumberingRowsAsTheUserSeesThem() throws IOException {
        List<SheetRow> rows = read("\uFEFFscore,taken_on,iin,scale\n12,2026-11-10,120901500011,depression\n\n"
                + "\"7,5\",2026-11-11,120901500012,anxiety\n");

        assertThat(rows).containsExactly(
                new SheetRow(2, "120901500011", "depression", "12", "2026-11-10"),
                new SheetRow(4, "120901500012", "anxiety", "7,5", "2026-11-11"));
    }

    @Test
    void readsSemicolonSeparatedFilesAsExcelWritesThemInRussian() throws IOException {
        List<SheetRow> rows = read("iin;scale;score;taken_on\r\n120901500011;depression;12,5;2026-11-10\r\n");

        assertThat(rows).containsExactly(new SheetRow(2, "120901500011", "depression", "12,5", "2026-11-10"));
    }

    @Test
    void refusesAWrongHeaderNamingTheExpectedColumns() {
        InvalidInput wrong = assertThrows(InvalidInput.class,
                () -> read("iin,scale,points,taken_on\n120901500011,depression,12,2026-11-10\n"));

        assertThat(wrong.messageKey()).isEqualTo("import.file.header");
        assertThat(wrong.arguments()).containsExactly("iin, scale, score, taken_on", "iin, scale, points, taken_on");
    }

    @Test
    void refusesAHeaderWithARepeatedOrExtraColumn() {
        assertThrows(InvalidInput.class, () -> read("iin,scale,score,taken_on,iin\n1,2,3,4,5\n"));
        assertThrows(InvalidInput.class, () -> read("iin,scale,score,taken_on,note\n1,2,3,4,5\n"));
    }

    @Test
    void refusesAFileWithoutDataRows() {
        InvalidInput empty = assertThrows(InvalidInput.class, () -> read("iin,scale,score,taken_on\n\n"));

        assertThat(empty.messageKey()).isEqualTo("import.file.no-rows");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] windows1251 = "iin,scale,score,taken_on\n120901500011,депрессия,1,2026-11-10\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));

        InvalidInput wrong = assertThrows(InvalidInput.class, () -> read(windows1251));

        assertThat(wrong.messageKey()).isEqualTo("import.file.not-utf8");
    }

    @Test
    void readsTheSampleFileOfTheReadme() {
        List<SheetRow> rows = new ArrayList<>();
        new CsvRows(SurveyColumn.HEADERS).read(Path.of("../docs/samples/survey-results.csv"), rows::add);

        assertThat(rows).hasSize(5).allSatisfy(r -> assertThat(SurveyColumn.IIN.of(r)).hasSize(12));
    }

    @Test
    void givesShortRowsEmptyCells() throws IOException {
        assertThat(read("iin,scale,score,taken_on\n120901500011,depression\n"))
                .containsExactly(new SheetRow(2, "120901500011", "depression", "", ""));
    }

    @Test
    void readsAsManyDataRowsAsTheLimitBlankLinesAside() throws IOException {
        Path file = Files.writeString(folder.resolve("full.csv"), "iin,scale,score,taken_on\n1,a,1,x\n\n2,b,2,y\n");
        List<SheetRow> rows = new ArrayList<>();

        new CsvRows(SurveyColumn.HEADERS, 2).read(file, rows::add);

        assertThat(rows).hasSize(2);
    }

    @Test
    void refusesMoreDataRowsThanTheLimitBeforeHandingOnTheRowBeyond() throws IOException {
        Path file = Files.writeString(folder.resolve("long.csv"), "iin,scale,score,taken_on\n" + "1,a,1,x\n".repeat(3));
        List<SheetRow> rows = new ArrayList<>();

        FileTooLarge tooLong = assertThrows(FileTooLarge.class,
                () -> new CsvRows(SurveyColumn.HEADERS, 2).read(file, rows::add));

        assertThat(tooLong.messageKey()).isEqualTo("import.file.too-many-rows");
        assertThat(tooLong.arguments()).containsExactly(2L);
        assertThat(rows).hasSize(2);
    }
}
