package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.surveys.entity.SurveyCampaign;
import kz.qorgau.surveys.entity.SurveyInstrument;
import kz.qorgau.surveys.entity.SurveyScale;

class RowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String KNOWN = Iin.issue(LocalDate.of(2012, 9, 1), Sex.MALE, 1).digits();
    private static final String OPTED_OUT = Iin.issue(LocalDate.of(2012, 9, 1), Sex.MALE, 100).digits();
    private static final String STRANGER = Iin.issue(LocalDate.of(2012, 9, 1), Sex.MALE, 200).digits();

    private final RowCheck check = new RowCheck(campaign(), TODAY, StudentsByIin.of(Map.of(KNOWN, 1L, OPTED_OUT, 2L)),
            Set.of(2L));

    private static SurveyCampaign campaign() {
        LocalizedName name = new LocalizedName("Күйзеліс", "Депрессия", "Depression");
        SurveyInstrument instrument = new SurveyInstrument("SCREEN", name, List.of(
                new SurveyScale("depression", name, new BigDecimal("16"), new BigDecimal("27"), false),
                new SurveyScale("anxiety", name, new BigDecimal("10"), new BigDecimal("21"), false)));
        return new SurveyCampaign(instrument, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), Set.of(1001L),
                "admin1");
    }

    private RowOutcome row(String iin, String scale, String score, String takenOn) {
        return check.check(new SheetRow(2, iin, scale, score, takenOn));
    }

    private static String reason(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejection.class);
        return ((Rejection) outcome).reasonKey();
    }

    @Test
    void acceptsAValidRowReducedToStudentScaleScoreAndDate() {
        RowOutcome outcome = row(KNOWN, "depression", "12,5", "2026-11-10");

        assertThat(outcome).isEqualTo(new ResultRow(1L, "depression", new BigDecimal("12.5"),
                LocalDate.of(2026, 11, 10)));
    }

    @Test
    void rejectsAnIinWithAWrongCheckDigitWithTheIinReason() {
        String wrong = KNOWN.substring(0, 11) + ((KNOWN.charAt(11) - '0' + 1) % 10);

        RowOutcome outcome = row(wrong, "depression", "12", "2026-11-10");

        assertThat(reason(outcome)).isEqualTo("iin.check-digit");
        assertThat(((Rejection) outcome).column()).isEqualTo(SurveyColumn.IIN);
    }

    @Test
    void rejectsAStudentOutsideTheCampaignOrJurisdiction() {
        assertThat(reason(row(STRANGER, "depression", "12", "2026-11-10"))).isEqualTo("import.row.student-unknown");
    }

    @Test
    void rejectsAnOptedOutStudent() {
        assertThat(reason(row(OPTED_OUT, "depression", "12", "2026-11-10"))).isEqualTo("import.row.opted-out");
    }

    @Test
    void rejectsAScaleOfAnotherInstrument() {
        assertThat(reason(row(KNOWN, "bullying", "12", "2026-11-10"))).isEqualTo("import.row.scale-unknown");
    }

    @Test
    void rejectsScoresThatAreNotNumbersOrOutOfRange() {
        assertThat(reason(row(KNOWN, "depression", "high", "2026-11-10"))).isEqualTo("import.row.score-format");
        assertThat(reason(row(KNOWN, "depression", "1.234", "2026-11-10"))).isEqualTo("import.row.score-format");
        assertThat(reason(row(KNOWN, "depression", "27.01", "2026-11-10"))).isEqualTo("import.row.score-range");
        assertThat(reason(row(KNOWN, "depression", "-1", "2026-11-10"))).isEqualTo("import.row.score-range");
        assertThat(row(KNOWN, "depression", "27", "2026-11-10")).isInstanceOf(ResultRow.class);
    }

    @Test
    void rejectsDatesInTheWrongFormatInTheFutureOrOutsideTheCampaign() {
        assertThat(reason(row(KNOWN, "depression", "1", "10.11.2026"))).isEqualTo("import.row.date-format");
        assertThat(reason(row(KNOWN, "depression", "1", "2026-02-30"))).isEqualTo("import.row.date-format");
        assertThat(reason(row(KNOWN, "depression", "1", "2026-11-21"))).isEqualTo("import.row.date-future");
        assertThat(reason(row(KNOWN, "depression", "1", "2026-10-31"))).isEqualTo("import.row.date-outside-campaign");
    }

    @Test
    void rejectsAnEmptyCellNamingItsColumn() {
        Rejection rejection = (Rejection) row(KNOWN, "depression", " ", "2026-11-10");

        assertThat(rejection.reasonKey()).isEqualTo("import.row.missing");
        assertThat(rejection.column()).isEqualTo(SurveyColumn.SCORE);
    }

    @Test
    void rejectsTheSecondRowForTheSameStudentAndScale() {
        assertThat(row(KNOWN, "depression", "3", "2026-11-10")).isInstanceOf(ResultRow.class);
        assertThat(row(KNOWN, "anxiety", "3", "2026-11-10")).isInstanceOf(ResultRow.class);

        Rejection duplicate = (Rejection) row(KNOWN, "depression", "4", "2026-11-11");

        assertThat(duplicate.reasonKey()).isEqualTo("import.row.duplicate");
        assertThat(duplicate.arguments()).containsExactly("2");
    }
}
