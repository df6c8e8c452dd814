package kz.qorgau.earlywarning.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The roles that urgent findings need and that nobody at the student's school holds (rule EW-12). */
public final class StaffingGap {

    private final Set<StaffRole> missing;

    private StaffingGap(Set<StaffRole> missing) {
        this.missing = missing;
    }

    /**
     * @param staffing the school's staffing fact, if it designated anybody at all
     * @param findings the student's findings that call for a person
     */
    public static StaffingGap of(Collection<SchoolStaffing> staffing, Collection<Finding> findings) {
        Set<StaffRole> missing = EnumSet.noneOf(StaffRole.class);
        findings.forEach(f -> missing.addAll(f.getRoles()));
        staffing.forEach(s -> missing.removeAll(s.getDesignated()));
        return new StaffingGap(missing);
    }

    public Set<StaffRole> getMissing() {
        return missing;
    }
}
