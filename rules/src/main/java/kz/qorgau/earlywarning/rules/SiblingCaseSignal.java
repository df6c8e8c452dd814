package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** An open early-warning case of a brother or sister of the student (same family), at any school. */
public class SiblingCaseSignal implements Signal {

    private final long caseId;
    private final long studentId;
    private final long siblingId;
    private final Level level;
    private final LocalDate openedOn;

    public SiblingCaseSignal(long caseId, long studentId, long siblingId, Level level, LocalDate openedOn) {
        this.caseId = caseId;
        this.studentId = studentId;
        this.siblingId = siblingId;
        this.level = Objects.requireNonNull(level, "level");
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
    }

    public long getCaseId() {
        return caseId;
    }

    /** The student being evaluated, whose sibling has the case. */
    @Override
    public long getStudentId() {
        return studentId;
    }

    public long getSiblingId() {
        return siblingId;
    }

    public Level getLevel() {
        return level;
    }

    @Override
    public LocalDate getDate() {
        return openedOn;
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.CASE, caseId);
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("case", caseId, "sibling", siblingId, "level", level.name(), "openedOn", openedOn.toString());
    }

    /** A sibling's case is a reason to look, not a risk of the student's own. */
    @Override
    public double weight(Thresholds thresholds) {
        return 0;
    }

    @Override
    public StaffRole calls() {
        return StaffRole.SOCIAL_PEDAGOGUE;
    }
}
