package kz.qorgau.surveys.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A parent's refusal of surveys for their child, keyed by the student: the child is not surveyed, and their
 * earlier results stay on file but are not used by the early-warning rules. Withdrawing it deletes it.
 */
@Entity
public class SurveyOptOut {

    @Id
    private Long studentId;

    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected SurveyOptOut() {
    }

    public SurveyOptOut(long studentId, String reason, String recordedBy) {
        this.studentId = studentId;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Instant.now();
    }

    public Long getStudentId() {
        return studentId;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
