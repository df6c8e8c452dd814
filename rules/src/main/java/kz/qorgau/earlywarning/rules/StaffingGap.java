package kz.qorgau.earlywarning.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a student's findings need and that nobody at the student's school holds (rule EW-12), and who is told:
 * the school's administrator, or the coordinator when the school has designated none; for a HIGH or CRITICAL case
 * the coordinator as well. A missing administrator is itself named among the missing roles.
 */
public final class StaffingGap {

    private final Set<StaffRole> missing;
    private final Set<EscalationTarget> told;

    private StaffingGap(Set<StaffRole> missing, Set<EscalationTarget> told) {
        this.missing = missing;
        this.told = told;
    }

    /**
     * @param staffing the school's staffing fact, if it designated anybody at all
     * @param findings the student's findings
     */
    public static StaffingGap of(Collection<SchoolStaffing> staffing, Collection<Finding> findings) {
        Set<StaffRole> designated = EnumSet.noneOf(StaffRole.class);
        staffing.forEach(s -> designated.addAll(s.getDesignated()));
        Set<StaffRole> missing = EnumSet.noneOf(StaffRole.class);
        findings.forEach(f -> missing.addAll(f.getRoles()));
        missing.removeAll(designated);
        Set<EscalationTarget> told = EnumSet.noneOf(EscalationTarget.class);
        if (missing.isEmpty()) {
            return new StaffingGap(missing, told);
        }
        if (designated.contains(StaffRole.SCHOOL_ADMIN)) {
            told.add(EscalationTarget.SCHOOL_ADMIN);
        } else {
            missing.add(StaffRole.SCHOOL_ADMIN);
            told.add(EscalationTarget.COORDINATOR);
        }
        if (findings.stream().anyMatch(f -> f.isAtLeast(Level.HIGH))) {
            told.add(EscalationTarget.COORDINATOR);
        }
        return new StaffingGap(missing, told);
    }

    public Set<StaffRole> getMissing() {
        return missing;
    }

    public Set<EscalationTarget> getTold() {
        return told;
    }
}
