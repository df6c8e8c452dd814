package kz.qorgau.earlywarning.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The roles a school has designated somebody for; a role nobody holds leaves a case without that person. */
public class SchoolStaffing {

    private final long schoolId;
    private final Set<StaffRole> designated;

    public SchoolStaffing(long schoolId, Collection<StaffRole> designated) {
        this.schoolId = schoolId;
        this.designated = designated.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(designated);
    }

    public long getSchoolId() {
        return schoolId;
    }

    public Set<StaffRole> getDesignated() {
        return designated;
    }
}
