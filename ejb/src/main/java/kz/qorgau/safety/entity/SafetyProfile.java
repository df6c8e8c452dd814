package kz.qorgau.safety.entity;

import java.util.Objects;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A school's safety profile as it stands; one per school, under the school's id. Directors and inspectors edit it
 * concurrently, so every edit names the version it was made on.
 */
@Entity
public class SafetyProfile {

    @Id
    private Long schoolId;

    @Embedded
    private SafetyState state;

    @Version
    private long version;

    protected SafetyProfile() {
    }

    public SafetyProfile(long schoolId, SafetyState state) {
        this.schoolId = schoolId;
        this.state = Objects.requireNonNull(state, "state");
    }

    /** @return whether anything changed: an unchanged profile keeps its version and adds nothing to the history */
    public boolean change(SafetyState next) {
        if (state.equals(next)) {
            return false;
        }
        state = next;
        return true;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public SafetyState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
