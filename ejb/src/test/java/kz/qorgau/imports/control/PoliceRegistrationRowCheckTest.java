package kz.qorgau.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.qorgau.police.control.NewPoliceRegistration;
import kz.qorgau.police.entity.RegistrationReason;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

class PoliceRegistrationRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate BORN = LocalDate.of(2013, 5, 21);
    private static final String KNOWN = Iin.issue(BORN, Sex.MALE, 1).digits();
    private static final String REGISTERED = Iin.issue(BORN, Sex.MALE, 4).digits();
    private static final String ALMOST_ADULT = Iin.issue(LocalDate.of(2008, 11, 10), Sex.FEMALE, 7).digits();

    private final PoliceRegistrationRowCheck check = new PoliceRegistrationRowCheck(TODAY,
            StudentsByIin.of(Map.of(KNOWN, new PoliceRegistrationRowCheck.Pupil(7L, BORN),
                    REGISTERED, new PoliceRegistrationRowCheck.Pupil(8L, BORN),
                    ALMOST_ADULT, new PoliceRegistrationRowCheck.Pupil(9L, LocalDate.of(2008, 11, 10)))),
            Map.of(8L, LocalDate.of(2026, 3, 1)));

    private RowOutcome row(int number, String iin, String reason, String registeredOn, String reviewOn) {
        return check.check(new SheetRow(number, iin, reason, registeredOn, reviewOn, "ПДН-12/2026", ""));
    }

    private static Rejection rejection(RowOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejection.class);
        return (Rejection) outcome;
    }

    @Test
    void acceptsAValidRowAsTheRequestTheApiWouldTake() {
        assertThat(row(2, KNOWN, "runaway", "2026-11-01", "2027-05-01")).isEqualTo(new PoliceRegistrationRow(7L,
                new NewPoliceRegistration(RegistrationReason.RUNAWAY, LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 5, 1), "ПДН-12/2026", null)));
    }

    @Test
    void rejectsAReasonThatIsNotACategoryListingTheCategories() {
        Rejection bad = rejection(row(2, KNOWN, "MISCHIEF", "2026-11-01", "2027-05-01"));

        assertThat(bad.reasonKey()).isEqualTo("police.import.reason-unknown");
        assertThat(bad.column()).isEqualTo(PoliceRegistrationColumn.REASON);
        assertThat(bad.arguments().get(1).toString()).contains("OFFENSE", "RUNAWAY", "OTHER");
    }

    @Test
    void rejectsAReviewBeforeTheRegistrationAndARegistrationInTheFuture() {
        Rejection review = rejection(row(2, KNOWN, "OFFENSE", "2026-11-01", "2026-10-31"));
        assertThat(review.reasonKey()).isEqualTo("police.import.review-before-registration");
        assertThat(review.column()).isEqualTo(PoliceRegistrationColumn.REVIEW_ON);
        assertThat(rejection(row(2, KNOWN, "OFFENSE", "2026-11-21", "2027-05-01")).reasonKey())
                .isEqualTo("import.row.date-future");
        assertThat(row(3, KNOWN, "OFFENSE", "2026-11-20", "2026-11-20")).isInstanceOf(PoliceRegistrationRow.class);
    }

    @Test
    void rejectsAStudentAlreadyOnTheRegisterNamingTheDate() {
        Rejection already = rejection(row(2, REGISTERED, "OFFENSE", "2026-11-01", "2027-05-01"));

        assertThat(already.reasonKey()).isEqualTo("police.import.already-registered");
        assertThat(already.arguments()).containsExactly("2026-03-01");
    }

    @Test
    void rejectsASecondRowForTheSameStudentNamingTheFirst() {
        assertThat(row(2, KNOWN, "OFFENSE", "2026-11-01", "2027-05-01")).isInstanceOf(PoliceRegistrationRow.class);

        Rejection again = rejection(row(5, KNOWN, "RUNAWAY", "2026-11-02", "2027-05-01"));

        assertThat(again.reasonKey()).isEqualTo("police.import.duplicate");
        assertThat(again.arguments()).containsExactly("2");
    }

    @Test
    void rejectsAStudentWhoIs18OnTheRegistrationDate() {
        Rejection adult = rejection(row(2, ALMOST_ADULT, "OFFENSE", "2026-11-10", "2027-05-01"));

        assertThat(adult.reasonKey()).isEqualTo("police.import.adult");
        assertThat(adult.arguments()).containsExactly("2026-11-10", "2026-11-10");
        assertThat(row(3, ALMOST_ADULT, "OFFENSE", "2026-11-09", "2026-11-09"))
                .isInstanceOf(PoliceRegistrationRow.class);
    }

    @Test
    void rejectsAnUnknownStudentAndABasisDocumentOver50Characters() {
        String stranger = Iin.issue(BORN, Sex.MALE, 200).digits();
        assertThat(rejection(row(2, stranger, "OFFENSE", "2026-11-01", "2027-05-01")).reasonKey())
                .isEqualTo("police.import.student-unknown");
        Rejection tooLong = rejection(check.check(new SheetRow(3, KNOWN, "OFFENSE", "2026-11-01", "2027-05-01",
                "x".repeat(51), "")));
        assertThat(tooLong.column()).isEqualTo(PoliceRegistrationColumn.BASIS_DOCUMENT);
        assertThat(tooLong.reasonKey()).isEqualTo("police.import.too-long");
    }
}
