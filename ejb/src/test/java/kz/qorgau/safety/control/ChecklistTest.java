package kz.qorgau.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.GuardKind;
import kz.qorgau.safety.entity.SafetyState;

class ChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aSchoolNobodyDescribedIsCheckedForEverythingButConnectionsOfThingsItLacks() {
        assertThat(Checklist.of(SafetyState.nothingRecorded(), TODAY)).containsExactly(
                new ChecklistEntry(ChecklistItem.PANIC_BUTTON, Finding.MISSING),
                new ChecklistEntry(ChecklistItem.CCTV_WORKING, Finding.MISSING),
                new ChecklistEntry(ChecklistItem.ACCESS_CONTROL, Finding.MISSING),
                new ChecklistEntry(ChecklistItem.GUARD, Finding.MISSING),
                new ChecklistEntry(ChecklistItem.FENCE, Finding.MISSING),
                new ChecklistEntry(ChecklistItem.LIGHTING, Finding.MISSING),
                new ChecklistEntry(ChecklistItem.OUTDOOR_TOILET, Finding.OK));
    }

    @Test
    void aPanicButtonAndCamerasBringTheirConnectionsAndCoverageIntoTheChecklist() {
        SafetyState state = state(true, false, new SafetyState.Cctv(8, 6, true, false), guard(TODAY.plusDays(1)), true);

        assertThat(Checklist.of(state, TODAY)).containsExactly(
                new ChecklistEntry(ChecklistItem.PANIC_BUTTON, Finding.OK),
                new ChecklistEntry(ChecklistItem.PANIC_BUTTON_CONNECTED, Finding.DEFECT),
                new ChecklistEntry(ChecklistItem.CCTV_WORKING, Finding.DEFECT),
                new ChecklistEntry(ChecklistItem.CCTV_CONNECTED, Finding.DEFECT),
                new ChecklistEntry(ChecklistItem.CCTV_ENTRANCES, Finding.OK),
                new ChecklistEntry(ChecklistItem.ACCESS_CONTROL, Finding.OK),
                new ChecklistEntry(ChecklistItem.GUARD, Finding.OK),
                new ChecklistEntry(ChecklistItem.FENCE, Finding.OK),
                new ChecklistEntry(ChecklistItem.LIGHTING, Finding.OK),
                new ChecklistEntry(ChecklistItem.OUTDOOR_TOILET, Finding.DEFECT));
    }

    @Test
    void aSecurityCompanyWhoseContractRanOutIsADefectOfTheGuard() {
        SafetyState lapsed = state(false, false, new SafetyState.Cctv(0, 0, false, false), guard(TODAY.minusDays(1)), false);

        assertThat(Checklist.of(lapsed, TODAY)).contains(new ChecklistEntry(ChecklistItem.GUARD, Finding.DEFECT));
        assertThat(Checklist.of(lapsed, TODAY.minusDays(1)))
                .contains(new ChecklistEntry(ChecklistItem.GUARD, Finding.OK));
    }

    private static SafetyState.Guard guard(LocalDate contractTo) {
        return new SafetyState.Guard(GuardKind.SECURITY_COMPANY, "Qorgan Security", LocalDate.of(2025, 1, 1), contractTo);
    }

    private static SafetyState state(boolean panic, boolean connected, SafetyState.Cctv cctv, SafetyState.Guard guard,
                                     boolean outdoorToilet) {
        return new SafetyState(new SafetyState.PanicButton(panic, connected, null), cctv, guard,
                new SafetyState.Grounds(true, true, true, outdoorToilet));
    }
}
