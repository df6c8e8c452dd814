package kz.qorgau.safety.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One committed state of a school's safety profile: who made it, when, and whether by an edit or an inspection.
 * The profile at any moment is the latest change made before it; nothing here is ever rewritten.
 */
@Entity
public class SafetyProfileChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_profile_change_id")
    @SequenceGenerator(name = "safety_profile_change_id", sequenceName = "safety_profile_change_id_seq", allocationSize = 50)
    private Long id;

    private Long schoolId;
    private Instant changedAt;
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private ProfileOrigin origin;

    private Long inspectionId;

    @Embedded
    private SafetyState state;

    protected SafetyProfileChange() {
    }

    public SafetyProfileChange(long schoolId, SafetyState state, String changedBy, ProfileOrigin origin,
                               Long inspectionId, Instant changedAt) {
        this.schoolId = schoolId;
        this.state = Objects.requireNonNull(state, "state");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.inspectionId = inspectionId;
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ProfileOrigin getOrigin() {
        return origin;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public SafetyState getState() {
        return state;
    }
}
