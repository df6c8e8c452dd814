package kz.qorgau.safety.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.InvalidInput;

class SafetyStateTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 3, 10);

    @Test
    void refusesMoreCamerasWorkingThanInstalled() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new SafetyState(
                new SafetyState.PanicButton(false, false, null), new SafetyState.Cctv(2, 3, false, false),
                new SafetyState.Guard(GuardKind.NONE, null, null, null), new SafetyState.Grounds(false, false, false, false)));
        assertThat(e.messageKey()).isEqualTo("safety.cctv.working-range");
    }

    @Test
    void aSecurityCompanyNeedsItsNameAndContractPeriod() {
        assertThrows(InvalidInput.class, () -> withGuard(new SafetyState.Guard(GuardKind.SECURITY_COMPANY, " ", VISIT, VISIT)));
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> withGuard(new SafetyState.Guard(GuardKind.SECURITY_COMPANY, "Qorgan", VISIT, VISIT.minusDays(1))));
        assertThat(e.messageKey()).isEqualTo("safety.guard.contract-dates");
    }

    @Test
    void aWatchmanCarriesNoContract() {
        SafetyState state = withGuard(new SafetyState.Guard(GuardKind.WATCHMAN, "ignored", VISIT, VISIT));

        assertThat(state.guard()).isEqualTo(new SafetyState.Guard(GuardKind.WATCHMAN, null, null, null));
        assertThat(state.guardContractCurrentOn(VISIT)).isFalse();
    }

    @Test
    void findingsCorrectTheProfileAndATestedButtonCarriesTheDayOfTheVisit() {
        SafetyState before = new SafetyState(new SafetyState.PanicButton(true, true, null),
                new SafetyState.Cctv(8, 8, true, true), new SafetyState.Guard(GuardKind.WATCHMAN, null, null, null),
                new SafetyState.Grounds(true, true, true, false));

        SafetyState after = before.afterInspection(Map.of(
                ChecklistItem.PANIC_BUTTON, Finding.OK,
                ChecklistItem.PANIC_BUTTON_CONNECTED, Finding.OK,
                ChecklistItem.CCTV_WORKING, Finding.DEFECT,
                ChecklistItem.CCTV_CONNECTED, Finding.DEFECT,
                ChecklistItem.FENCE, Finding.MISSING,
                ChecklistItem.GUARD, Finding.MISSING,
                ChecklistItem.OUTDOOR_TOILET, Finding.DEFECT), VISIT, new SafetyState.Cctv(8, 5, false, false));

        assertThat(after.panicButton()).isEqualTo(new SafetyState.PanicButton(true, true, VISIT));
        assertThat(after.cctv()).isEqualTo(new SafetyState.Cctv(8, 5, true, false));
        assertThat(after.guard().kind()).isEqualTo(GuardKind.NONE);
        assertThat(after.grounds()).isEqualTo(new SafetyState.Grounds(true, false, true, true));
        assertThat(after.differencesFrom(before))
                .containsExactly("panicButton", "cctv", "guard", "fence", "outdoorToilet");
    }

    @Test
    void missingCamerasLeaveNothingToConnect() {
        SafetyState before = new SafetyState(new SafetyState.PanicButton(false, false, null),
                new SafetyState.Cctv(4, 4, true, true), new SafetyState.Guard(GuardKind.NONE, null, null, null),
                new SafetyState.Grounds(false, false, false, false));

        SafetyState after = before.afterInspection(Map.of(ChecklistItem.CCTV_WORKING, Finding.MISSING), VISIT, null);

        assertThat(after.cctv()).isEqualTo(new SafetyState.Cctv(0, 0, false, false));
    }

    private static SafetyState withGuard(SafetyState.Guard guard) {
        return new SafetyState(new SafetyState.PanicButton(false, false, null), new SafetyState.Cctv(0, 0, false, false),
                guard, new SafetyState.Grounds(false, false, false, false));
    }
}
