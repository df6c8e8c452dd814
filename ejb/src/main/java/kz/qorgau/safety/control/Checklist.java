package kz.qorgau.safety.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.GuardKind;
import kz.qorgau.safety.entity.SafetyState;

/**
 * The checklist a school's profile calls for. Every school is checked for a panic button, cameras, access
 * control, a guard, fence, lighting and an outdoor toilet; the connection of a panic button, and the connection
 * and coverage of cameras, only where the profile records them, since nothing absent can be connected.
 */
public final class Checklist {

    private Checklist() {
    }

    public static List<ChecklistEntry> of(SafetyState state, LocalDate today) {
        SafetyState.PanicButton panic = state.panicButton();
        SafetyState.Cctv cctv = state.cctv();
        SafetyState.Grounds grounds = state.grounds();
        List<ChecklistEntry> entries = new ArrayList<>();
        entries.add(entry(ChecklistItem.PANIC_BUTTON, panic.present() ? Finding.OK : Finding.MISSING));
        if (panic.present()) {
            entries.add(entry(ChecklistItem.PANIC_BUTTON_CONNECTED, panic.connected() ? Finding.OK : Finding.DEFECT));
        }
        entries.add(entry(ChecklistItem.CCTV_WORKING, cameras(cctv)));
        if (cctv.cameras() > 0) {
            entries.add(entry(ChecklistItem.CCTV_CONNECTED, cctv.connected() ? Finding.OK : Finding.DEFECT));
            entries.add(entry(ChecklistItem.CCTV_ENTRANCES, cctv.coversEntrances() ? Finding.OK : Finding.DEFECT));
        }
        entries.add(entry(ChecklistItem.ACCESS_CONTROL, present(grounds.accessControl())));
        entries.add(entry(ChecklistItem.GUARD, guard(state, today)));
        entries.add(entry(ChecklistItem.FENCE, present(grounds.fence())));
        entries.add(entry(ChecklistItem.LIGHTING, present(grounds.lighting())));
        entries.add(entry(ChecklistItem.OUTDOOR_TOILET, grounds.outdoorToilet() ? Finding.DEFECT : Finding.OK));
        return entries;
    }

    public static List<ChecklistItem> items(SafetyState state, LocalDate today) {
        return of(state, today).stream().map(ChecklistEntry::item).toList();
    }

    private static Finding cameras(SafetyState.Cctv cctv) {
        if (cctv.cameras() == 0) {
            return Finding.MISSING;
        }
        return cctv.working() == cctv.cameras() ? Finding.OK : Finding.DEFECT;
    }

    /** A security company whose contract has run out guards nothing. */
    private static Finding guard(SafetyState state, LocalDate today) {
        GuardKind kind = state.guard().kind();
        if (kind == GuardKind.NONE) {
            return Finding.MISSING;
        }
        return kind == GuardKind.SECURITY_COMPANY && !state.guardContractCurrentOn(today) ? Finding.DEFECT : Finding.OK;
    }

    private static Finding present(boolean present) {
        return present ? Finding.OK : Finding.MISSING;
    }

    private static ChecklistEntry entry(ChecklistItem item, Finding finding) {
        return new ChecklistEntry(item, finding);
    }
}
