package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;

class RosterRowCheckTest {

    private static final String NEW = Iin.issue(LocalDate.of(2013, 2, 13), Sex.MALE, 1).digits();
    private static final String KNOWN = Iin.issue(LocalDate.of(2013, 2, 13), Sex.MALE, 100).digits();
    private static final String ELSEWHERE = Iin.issue(LocalDate.of(2013, 2, 13), Sex.MALE, 200).digits();

    private static final String MERGED_AWAY = Iin.issue(LocalDate.of(2013, 2, 13), Sex.MALE, 300).digits();

    private final RosterRowCheck check = new RosterRowCheck(new StudentsByIin<>(
            Map.of(KNOWN, new RosterRowCheck.Placement(7L, 1001L)), Map.of(MERGED_AWAY, 7L)),
            Set.of(1001L, 1002L), iin -> iin.equals(ELSEWHERE) || iin.equals(MERGED_AWAY));

    @Test
    void refusesTheIinOfAFileMergedAwayRatherThanOpenOrCorrectIt() {
        Rejection merged = rejection(row(MERGED_AWAY, "1001", "7", "А"));

        assertThat(merged.reasonKey()).isEqualTo("import.row.student-merged");
        assertThat(merged.arguments()).containsExactly(MERGED_AWAY, "7");
    }

    private RowOutcome row(String iin, String school, String grade, String classLetter) {
        return check.check(new SheetRow(2, iin, "Серіков", "Нұрлан", "", school, grade, classLetter));
    }

    private static Rejection rejection(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejection.class);
        return (Rejection) outcome;
    }

    @Test
    void aNewIinOpensAFileAndAKnownOneIsCorrected() {
        assertThat(row(NEW, "1001", "7", "Б")).isEqualTo(new RosterRow(null, Iin.parse(NEW),
                new PersonName("Серіков", "Нұрлан", null), 1001L, 7, "Б"));
        RowOutcome known = row(KNOWN, "1001", "8", "");
        assertThat(known).isInstanceOf(RosterRow.class);
        assertThat(((RosterRow) known).studentId()).isEqualTo(7L);
        assertThat(((RosterRow) known).classLetter()).isNull();
    }

    @Test
    void aStudentOfAnotherSchoolOfTheJurisdictionIsHandedOverThroughATransferInstead() {
        Rejection moved = rejection(row(KNOWN, "1002", "8", "А"));

        assertThat(moved.reasonKey()).isEqualTo("roster.row.transfer");
        assertThat(moved.column()).isEqualTo(RosterColumn.SCHOOL_ID);
    }

    @Test
    void aStudentOutsideTheJurisdictionBelongsToAnotherSchoolWithoutSayingWhich() {
        Rejection other = rejection(row(ELSEWHERE, "1001", "8", "А"));

        assertThat(other.reasonKey()).isEqualTo("roster.row.other-school");
        assertThat(other.arguments()).containsExactly(ELSEWHERE);
    }

    @Test
    void rejectsASchoolOutsideTheJurisdictionAndAWrongGrade() {
        assertThat(rejection(row(NEW, "1003", "7", "А")).reasonKey()).isEqualTo("roster.row.school-unknown");
        assertThat(rejection(row(NEW, "school A", "7", "А")).reasonKey()).isEqualTo("roster.row.school-unknown");
        assertThat(rejection(row(NEW, "1001", "13", "А")).reasonKey()).isEqualTo("roster.row.grade");
        assertThat(rejection(row(NEW, "1001", "7.5", "А")).column()).isEqualTo(RosterColumn.GRADE);
        assertThat(rejection(row(NEW, "1001", "7", "АБВГ")).reasonKey()).isEqualTo("roster.row.too-long");
    }

    @Test
    void requiresTheNamesButNotTheMiddleNameOrClassLetter() {
        Rejection missing = rejection(check.check(new SheetRow(2, NEW, "Серіков", "", "", "1001", "7", "")));

        assertThat(missing.reasonKey()).isEqualTo("import.row.missing");
        assertThat(missing.column()).isEqualTo(RosterColumn.FIRST_NAME);
    }

    @Test
    void rejectsASecondRowForTheSameIin() {
        assertThat(row(NEW, "1001", "7", "А")).isInstanceOf(RosterRow.class);

        assertThat(rejection(row(NEW, "1001", "7", "Б")).reasonKey()).isEqualTo("roster.row.duplicate");
    }
}
