package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.platform.InvalidInput;

/** The shared readers with the absences' and the roster's columns: the header names them, rows come in their order. */
class AbsencesFileTest {

    @TempDir
    Path folder;

    private List<SheetRow> read(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("absences.csv"), content, StandardCharsets.UTF_8);
        List<SheetRow> rows = new ArrayList<>();
        UploadFormat.CSV.rows(AbsenceColumn.HEADERS).read(file, rows::add);
        return rows;
    }

    @Test
    void readsTheColumnsInAnyOrder() throws IOException {
        assertThat(read("unexcused_days;iin;period_end;period_start\n4;130211600011;2026-11-10;2026-11-01\n"))
                .containsExactly(new SheetRow(2, "130211600011", "2026-11-01", "2026-11-10", "4"));
    }

    @Test
    void refusesTheHeaderOfAnotherKindOfFileNamingTheAbsencesColumns() {
        InvalidInput wrong = assertThrows(InvalidInput.class,
                () -> read("iin,scale,score,taken_on\n130211600011,depression,12,2026-11-10\n"));

        assertThat(wrong.arguments()).containsExactly("iin, period_start, period_end, unexcused_days",
                "iin, scale, score, taken_on");
    }

    @Test
    void readsTheSampleFiles() {
        List<SheetRow> absences = new ArrayList<>();
        UploadFormat.CSV.rows(AbsenceColumn.HEADERS).read(Path.of("../docs/samples/absences.csv"), absences::add);
        List<SheetRow> roster = new ArrayList<>();
        UploadFormat.CSV.rows(RosterColumn.HEADERS).read(Path.of("../docs/samples/roster.csv"), roster::add);

        assertThat(absences).hasSize(5).allSatisfy(r -> assertThat(r.values()).doesNotContain(""));
        assertThat(roster).hasSize(4).allSatisfy(r -> assertThat(RosterColumn.IIN.of(r)).hasSize(12));
    }

    @Test
    void theXlsxSamplesHoldWhatTheCsvSamplesHold() {
        for (var sample : Map.of("absences", AbsenceColumn.HEADERS, "roster", RosterColumn.HEADERS)
                .entrySet()) {
            List<SheetRow> csv = new ArrayList<>();
            UploadFormat.CSV.rows(sample.getValue()).read(Path.of("../docs/samples/" + sample.getKey() + ".csv"),
                    csv::add);
            List<SheetRow> xlsx = new ArrayList<>();
            UploadFormat.XLSX.rows(sample.getValue()).read(Path.of("../docs/samples/" + sample.getKey() + ".xlsx"),
                    xlsx::add);

            assertThat(xlsx).as(sample.getKey()).isEqualTo(csv);
        }
    }
}
