package kz.qorgau.families.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;

class FamilyTest {

    private static final School SCHOOL = new School(1001, null, SchoolKind.SCHOOL,
            new LocalizedName("№1 мектеп", "Школа №1", "School 1"), null);
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private final Family family = new Family(SCHOOL, "  Алматы, ул. Абая, 1, кв. 5 ", Set.of(SocialFlag.LOW_INCOME));

    @Test
    void keepsTheAddressWithoutSurroundingBlanksAndTheFlags() {
        assertThat(family.getAddress()).isEqualTo("Алматы, ул. Абая, 1, кв. 5");
        assertThat(family.getFlags()).containsExactly(SocialFlag.LOW_INCOME);
    }

    @Test
    void rejectsABlankAddress() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new Family(SCHOOL, "  ", Set.of()));

        assertThat(e.messageKey()).isEqualTo("family.address.required");
    }

    @Test
    void rejectsAnAddressLongerThan300Characters() {
        assertThrows(InvalidInput.class, () -> new Family(SCHOOL, "а".repeat(301), Set.of()));
    }

    @Test
    void describingReplacesTheFlagsInFull() {
        family.describe("Алматы, ул. Сатпаева, 2", EnumSet.of(SocialFlag.LARGE_FAMILY, SocialFlag.SINGLE_PARENT));

        assertThat(family.getAddress()).isEqualTo("Алматы, ул. Сатпаева, 2");
        assertThat(family.getFlags()).containsExactlyInAnyOrder(SocialFlag.LARGE_FAMILY, SocialFlag.SINGLE_PARENT);
    }

    @Test
    void describingWithoutFlagsClearsThem() {
        family.describe("Алматы, ул. Сатпаева, 2", null);

        assertThat(family.getFlags()).isEmpty();
    }

    @Test
    void recordsAGuardianOncePerIin() {
        Iin iin = Iin.issue(LocalDate.of(1985, 6, 15), Sex.FEMALE, 1);
        family.addGuardian(new PersonName("Серікова", "Айгүл", null), iin, GuardianRelation.MOTHER, null);

        DuplicateRecord e = assertThrows(DuplicateRecord.class, () -> family.addGuardian(
                new PersonName("Серікова", "Айгуль", null), iin, GuardianRelation.GUARDIAN, null));

        assertThat(e.messageKey()).isEqualTo("guardian.duplicate");
        assertThat(family.getGuardians()).hasSize(1);
    }

    @Test
    void aFamilyNotOnThePoliceRegisterHasNoActiveRegistration() {
        assertThat(family.activePoliceRegistration()).isEmpty();
        assertThat(family.getPoliceRegistrations()).isEmpty();
    }

    @Test
    void registeringWithThePoliceMakesTheRegistrationActive() {
        FamilyPoliceRegistration registration = family.registerWithPolice(MARCH_1,
                "Неисполнение родительских обязанностей", "inspector1");

        assertThat(family.activePoliceRegistration()).containsSame(registration);
        assertThat(registration.getRegisteredBy()).isEqualTo("inspector1");
    }

    @Test
    void allowsAtMostOneActivePoliceRegistration() {
        family.registerWithPolice(MARCH_1, "reason", "inspector1");

        DuplicateRecord e = assertThrows(DuplicateRecord.class,
                () -> family.registerWithPolice(MARCH_1.plusDays(10), "again", "inspector1"));

        assertThat(e.messageKey()).isEqualTo("family.police.already-registered");
        assertThat(e.arguments()).containsExactly(MARCH_1);
        assertThat(family.getPoliceRegistrations()).hasSize(1);
    }

    @Test
    void removalKeepsTheRegistrationAsHistory() {
        family.registerWithPolice(MARCH_1, "reason", "inspector1");

        FamilyPoliceRegistration removed = family.removeFromPoliceRegister(MARCH_1.plusMonths(6),
                "Условия улучшились", "inspector1");

        assertThat(family.activePoliceRegistration()).isEmpty();
        assertThat(family.getPoliceRegistrations()).containsExactly(removed);
        assertThat(removed.getRemovedOn()).isEqualTo(MARCH_1.plusMonths(6));
        assertThat(removed.getRemovalReason()).isEqualTo("Условия улучшились");
    }

    @Test
    void aRemovedFamilyMayBeRegisteredAgainLater() {
        family.registerWithPolice(MARCH_1, "reason", "inspector1");
        family.removeFromPoliceRegister(MARCH_1.plusMonths(6), "improved", "inspector1");

        FamilyPoliceRegistration again = family.registerWithPolice(MARCH_1.plusMonths(8), "relapse", "inspector1");

        assertThat(family.activePoliceRegistration()).containsSame(again);
        assertThat(family.getPoliceRegistrations()).hasSize(2);
    }

    @Test
    void aNewRegistrationCannotBeginInsideAnEarlierPeriod() {
        family.registerWithPolice(MARCH_1, "reason", "inspector1");
        family.removeFromPoliceRegister(MARCH_1.plusMonths(6), "improved", "inspector1");

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> family.registerWithPolice(MARCH_1.plusMonths(3), "backdated", "inspector1"));

        assertThat(e.messageKey()).isEqualTo("family.police.registered-before-last-removal");
        assertThat(family.activePoliceRegistration()).isEmpty();
    }

    @Test
    void cannotRemoveAFamilyThatIsNotRegistered() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> family.removeFromPoliceRegister(MARCH_1, "reason", "inspector1"));

        assertThat(e.messageKey()).isEqualTo("family.police.not-registered");
    }

    @Test
    void cannotRemoveBeforeTheRegistrationDate() {
        family.registerWithPolice(MARCH_1, "reason", "inspector1");

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> family.removeFromPoliceRegister(MARCH_1.minusDays(1), "typo", "inspector1"));

        assertThat(e.messageKey()).isEqualTo("family.police.removal-before-registration");
        assertThat(family.activePoliceRegistration()).isPresent();
    }
}
