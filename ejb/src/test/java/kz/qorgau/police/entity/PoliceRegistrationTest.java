package kz.qorgau.police.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.police.control.NewPoliceRegistration;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

class PoliceRegistrationTest {

    private static final LocalDate BIRTH = LocalDate.of(2010, 3, 15);
    private static final LocalDate EIGHTEENTH_BIRTHDAY = LocalDate.of(2028, 3, 15);
    private static final LocalDate REGISTERED = LocalDate.of(2026, 1, 10);

    private final Student student = student(BIRTH);

    @Test
    void opensAnActiveRegistrationWithItsDetails() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        assertThat(r.isActive()).isTrue();
        assertThat(r.getReason()).isEqualTo(RegistrationReason.OFFENSE);
        assertThat(r.getBasisDocument()).isEqualTo("ПДН-17/2026");
        assertThat(r.getInspector()).isEqualTo("inspector1");
        assertThat(r.getAnonymiseAfter()).isNull();
    }

    @Test
    void acceptsAReviewOnTheDayOfRegistration() {
        assertThat(open(REGISTERED, REGISTERED).getReviewOn()).isEqualTo(REGISTERED);
    }

    @Test
    void rejectsAReviewDateBeforeRegistration() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> open(REGISTERED, REGISTERED.minusDays(1)));

        assertThat(e.messageKey()).isEqualTo("police.review-before-registration");
    }

    @Test
    void rejectsRegisteringSomeoneWhoIsAlready18() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> open(EIGHTEENTH_BIRTHDAY, EIGHTEENTH_BIRTHDAY));

        assertThat(e.messageKey()).isEqualTo("police.registration.adult");
    }

    @Test
    void refusesASecondRegistrationWhileOneIsActive() {
        PoliceRegistration active = open(REGISTERED, REGISTERED.plusMonths(6));

        DuplicateRecord e = assertThrows(DuplicateRecord.class, () -> PoliceRegistration.open(student,
                Optional.of(active), request(REGISTERED.plusDays(5), REGISTERED.plusMonths(6)), "inspector1"));

        assertThat(e.messageKey()).isEqualTo("police.registration.active-exists");
    }

    @Test
    void allowsANewRegistrationOnceTheLastWasRemoved() {
        PoliceRegistration removed = open(REGISTERED, REGISTERED.plusMonths(6));
        removed.remove(REGISTERED.plusMonths(3), RemovalGround.CORRECTED, null);

        PoliceRegistration again = PoliceRegistration.open(student, Optional.of(removed),
                request(REGISTERED.plusMonths(4), REGISTERED.plusMonths(10)), "inspector1");

        assertThat(again.isActive()).isTrue();
    }

    @Test
    void removalEndsTheRegistrationAndStartsTheRetentionYear() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        r.remove(LocalDate.of(2026, 7, 1), RemovalGround.MOVED_AWAY, "Moved to Shymkent");

        assertThat(r.isActive()).isFalse();
        assertThat(r.getRemovedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(r.getRemovalGround()).isEqualTo(RemovalGround.MOVED_AWAY);
        assertThat(r.getAnonymiseAfter()).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void refusesToRemoveTwice() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));
        r.remove(REGISTERED.plusMonths(1), RemovalGround.CORRECTED, null);

        DuplicateRecord e = assertThrows(DuplicateRecord.class,
                () -> r.remove(REGISTERED.plusMonths(2), RemovalGround.OTHER, null));

        assertThat(e.messageKey()).isEqualTo("police.registration.already-removed");
    }

    @Test
    void refusesARemovalBeforeTheRegistration() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> r.remove(REGISTERED.minusDays(1), RemovalGround.CORRECTED, null));

        assertThat(e.messageKey()).isEqualTo("police.removal-before-registration");
        assertThat(r.isActive()).isTrue();
    }

    @Test
    void refusesTheGroundReached18BeforeThe18thBirthday() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> r.remove(EIGHTEENTH_BIRTHDAY.minusDays(1), RemovalGround.REACHED_18, null));

        assertThat(e.messageKey()).isEqualTo("police.removal.not-yet-18");
    }

    @Test
    void isDueForRemovalFromThe18thBirthdayOnly() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        assertThat(r.isDueForRemovalAt18(EIGHTEENTH_BIRTHDAY.minusDays(1))).isFalse();
        assertThat(r.isDueForRemovalAt18(EIGHTEENTH_BIRTHDAY)).isTrue();
    }

    @Test
    void removalAt18IsDatedTheBirthdayEvenWhenNoticedLater() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        r.removeAt18();

        assertThat(r.getRemovedOn()).isEqualTo(EIGHTEENTH_BIRTHDAY);
        assertThat(r.getRemovalGround()).isEqualTo(RemovalGround.REACHED_18);
        assertThat(r.isDueForRemovalAt18(EIGHTEENTH_BIRTHDAY.plusDays(3))).isFalse();
    }

    @Test
    void anActiveRegistrationIsNeverDueForAnonymisation() {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));

        assertThat(r.isDueForAnonymisation(REGISTERED.plusYears(10))).isFalse();
    }

    @Test
    void aRemovedRegistrationIsNotDueUntilItsDateHasPassed() {
        PoliceRegistration r = removedOn(LocalDate.of(2026, 7, 1));

        assertThat(r.isDueForAnonymisation(LocalDate.of(2027, 6, 30))).isFalse();
        assertThat(r.isDueForAnonymisation(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(r.isDueForAnonymisation(LocalDate.of(2027, 7, 2))).isTrue();
    }

    @Test
    void aLegalHoldKeepsADueRegistrationFromAnonymisation() {
        PoliceRegistration r = removedOn(LocalDate.of(2026, 7, 1));

        r.holdForLegalReasons(true);

        assertThat(r.isDueForAnonymisation(LocalDate.of(2030, 1, 1))).isFalse();
        assertThrows(IllegalStateException.class, () -> r.anonymise(LocalDate.of(2030, 1, 1)));
        assertThat(r.getBasisDocument()).isEqualTo("ПДН-17/2026");
    }

    @Test
    void liftingTheHoldMakesItDueAgain() {
        PoliceRegistration r = removedOn(LocalDate.of(2026, 7, 1));
        r.holdForLegalReasons(true);

        r.holdForLegalReasons(false);

        assertThat(r.isDueForAnonymisation(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void anonymisationClearsTheDocumentAndNotesButKeepsDatesAndReason() {
        PoliceRegistration r = removedOn(LocalDate.of(2026, 7, 1));

        r.anonymise(LocalDate.of(2027, 7, 2));

        assertThat(r.isAnonymised()).isTrue();
        assertThat(r.getBasisDocument()).isNull();
        assertThat(r.getNote()).isNull();
        assertThat(r.getRemovalNote()).isNull();
        assertThat(r.getReason()).isEqualTo(RegistrationReason.OFFENSE);
        assertThat(r.getRegisteredOn()).isEqualTo(REGISTERED);
        assertThat(r.getRemovedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(r.getRemovalGround()).isEqualTo(RemovalGround.CORRECTED);
        assertThat(r.isDueForAnonymisation(LocalDate.of(2027, 7, 3))).as("anonymised only once").isFalse();
    }

    @Test
    void anAnonymisedRegistrationCannotBeHeld() {
        PoliceRegistration r = removedOn(LocalDate.of(2026, 7, 1));
        r.anonymise(LocalDate.of(2027, 7, 2));

        InvalidInput e = assertThrows(InvalidInput.class, () -> r.holdForLegalReasons(true));

        assertThat(e.messageKey()).isEqualTo("police.legal-hold.already-anonymised");
    }

    private PoliceRegistration removedOn(LocalDate removal) {
        PoliceRegistration r = open(REGISTERED, REGISTERED.plusMonths(6));
        r.remove(removal, RemovalGround.CORRECTED, "Behaviour corrected");
        return r;
    }

    private PoliceRegistration open(LocalDate registeredOn, LocalDate reviewOn) {
        return PoliceRegistration.open(student, Optional.empty(), request(registeredOn, reviewOn), "inspector1");
    }

    private static NewPoliceRegistration request(LocalDate registeredOn, LocalDate reviewOn) {
        return new NewPoliceRegistration(RegistrationReason.OFFENSE, registeredOn, reviewOn, "ПДН-17/2026",
                "Shoplifting, first time");
    }

    private static Student student(LocalDate birthDate) {
        Region region = new Region(75, new LocalizedName("Алматы", "Алматы", "Almaty"));
        District district = new District(7502, region, new LocalizedName("Аудан", "Район", "District"));
        School school = new School(1001, district, SchoolKind.SCHOOL, new LocalizedName("Мектеп", "Школа", "School"), null);
        return new Student(Iin.issue(birthDate, Sex.MALE, 1), new PersonName("Test", "Student", null), null, null,
                school, 9, "A");
    }
}
