package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

class AbsenceRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String KNOWN = Iin.issue(LocalDate.of(2013, 2, 11), Sex.FEMALE, 1).digits();
    private static final String STRANGER = Iin.issue(LocalDate.of(2013, 2, 11), Sex.FEMALE, 200).digits();
    private static final String MERGED_AWAY = Iin.issue(LocalDate.of(2013, 2, 11), Sex.FEMALE, 300).digits();

    private final AbsenceRowCheck check = new AbsenceRowCheck(TODAY,
            new StudentsByIin<>(Map.of(KNOWN, 7L), Map.of(MERGED_AWAY, 7L)));

    private RowOutcome row(String iin, String start, String end, String days) {
        return check.check(new SheetRow(2, iin, start, end, days));
    }

    private static Rejection rejection(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejection.class);
        return (Rejection) outcome;
    }

    @Test
    void acceptsAValidRowReducedToStudentPeriodAndDays() {
        assertThat(row(KNOWN, "2026-11-01", "2026-11-10", "4"))
                .isEqualTo(new AbsenceRow(7L, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10), 4));
    }

    @Test
    void rejectsAnEmptyCellNamingItsColumn() {
        Rejection missing = rejection(row(KNOWN, "2026-11-01", "", "4"));

        assertThat(missing.reasonKey()).isEqualTo("import.row.missing");
        assertThat(missing.column()).isEqualTo(AbsenceColumn.PERIOD_END);
    }

    @Test
    void rejectsTheIinOfAFileMergedAwayNamingTheFileItWasMergedInto() {
        Rejection merged = rejection(row(MERGED_AWAY, "2026-11-01", "2026-11-10", "4"));

        assertThat(merged.reasonKey()).isEqualTo("import.row.student-merged");
        assertThat(merged.column()).isEqualTo(AbsenceColumn.IIN);
        assertThat(merged.arguments()).containsExactly(MERGED_AWAY, "7");
    }

    @Test
    void rejectsAWrongIinWithTheIinReasonAndAStudentOutsideTheJurisdictionAsUnknown() {
        String wrong = KNOWN.substring(0, 11) + ((KNOWN.charAt(11) - '0' + 1) % 10);

        assertThat(rejection(row(wrong, "2026-11-01", "2026-11-10", "4")).reasonKey()).isEqualTo("iin.check-digit");
        Rejection stranger = rejection(row(STRANGER, "2026-11-01", "2026-11-10", "4"));
        assertThat(stranger.reasonKey()).isEqualTo("absence.row.student-unknown");
        assertThat(stranger.column()).isEqualTo(AbsenceColumn.IIN);
    }

    @Test
    void rejectsDatesNotWrittenYyyyMmDdOrImpossible() {
        assertThat(rejection(row(KNOWN, "01.11.2026", "2026-11-10", "4")).column())
                .isEqualTo(AbsenceColumn.PERIOD_START);
        assertThat(rejection(row(KNOWN, "2026-11-01", "2026-11-31", "4")).reasonKey())
                .isEqualTo("import.row.date-format");
    }

    @Test
    void rejectsAPeriodEndingBeforeItStartsOrInTheFuture() {
        assertThat(rejection(row(KNOWN, "2026-11-10", "2026-11-09", "0")).reasonKey())
                .isEqualTo("absence.row.period-reversed");
        assertThat(rejection(row(KNOWN, "2026-11-10", "2026-11-21", "0")).reasonKey())
                .isEqualTo("import.row.date-future");
        assertThat(row(KNOWN, "2026-11-20", "2026-11-20", "1")).isInstanceOf(AbsenceRow.class);
    }

    @Test
    void acceptsDaysFromZeroToTheLengthOfThePeriodOnly() {
        assertThat(row(KNOWN, "2026-11-01", "2026-11-10", "0")).isInstanceOf(AbsenceRow.class);
        assertThat(row(KNOWN, "2026-11-02", "2026-11-11", "10")).isInstanceOf(AbsenceRow.class);
        Rejection tooMany = rejection(row(KNOWN, "2026-11-03", "2026-11-12", "11"));
        assertThat(tooMany.reasonKey()).isEqualTo("absence.row.days-range");
        assertThat(tooMany.arguments()).containsExactly("11", "10");
        assertThat(rejection(row(KNOWN, "2026-11-03", "2026-11-12", "-1")).reasonKey())
                .isEqualTo("absence.row.days-range");
    }

    @Test
    void rejectsDaysThatAreNotAWholeNumber() {
        assertThat(rejection(row(KNOWN, "2026-11-01", "2026-11-10", "2.5")).reasonKey())
                .isEqualTo("absence.row.days-format");
        assertThat(rejection(row(KNOWN, "2026-11-01", "2026-11-10", "four")).column())
                .isEqualTo(AbsenceColumn.UNEXCUSED_DAYS);
    }

    @Test
    void rejectsASecondRowForTheSameStudentAndPeriodNamingTheFirst() {
        assertThat(row(KNOWN, "2026-11-01", "2026-11-10", "4")).isInstanceOf(AbsenceRow.class);

        Rejection again = rejection(check.check(new SheetRow(5, KNOWN, "2026-11-01", "2026-11-10", "3")));

        assertThat(again.reasonKey()).isEqualTo("absence.row.duplicate");
        assertThat(again.arguments()).containsExactly("2");
        assertThat(row(KNOWN, "2026-11-01", "2026-11-11", "4")).isInstanceOf(AbsenceRow.class);
    }
}
