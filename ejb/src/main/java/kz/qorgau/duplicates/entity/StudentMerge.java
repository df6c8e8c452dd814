package kz.qorgau.duplicates.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/**
 * Two files of one child merged into one by a coordinator, with what the undo needs: the merged-away file's status
 * and family before, and (in student_merge_move) every row moved. Undoable for {@link #UNDOABLE_FOR}.
 */
@Entity
public class StudentMerge {

    /** docs/PRODUCT.md, "One child, one record": a wrong merge can be taken back for 30 days. */
    public static final Duration UNDOABLE_FOR = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_merge_id")
    @SequenceGenerator(name = "student_merge_id", sequenceName = "student_merge_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student keptStudent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student mergedStudent;

    private String mergedBy;
    private Instant mergedAt;

    @Enumerated(EnumType.STRING)
    private StudentStatus previousStatus;

    private String previousStatusReason;
    private Long familyId;
    private boolean keptJoinedFamily;
    private String undoneBy;
    private Instant undoneAt;

    @Version
    private long version;

    protected StudentMerge() {
    }

    public StudentMerge(Student kept, Student merged, String mergedBy, Instant mergedAt) {
        this.keptStudent = Objects.requireNonNull(kept, "kept");
        this.mergedStudent = Objects.requireNonNull(merged, "merged");
        this.mergedBy = Objects.requireNonNull(mergedBy, "mergedBy");
        this.mergedAt = Objects.requireNonNull(mergedAt, "mergedAt");
        this.previousStatus = merged.getStatus();
        this.previousStatusReason = merged.getStatusReason();
    }

    /** The merged-away child's family, which the kept file joined unless it was already in it. */
    public void familyMoved(long family, boolean keptJoined) {
        this.familyId = family;
        this.keptJoinedFamily = keptJoined;
    }

    /** @throws InvalidInput once undone, or after {@link #UNDOABLE_FOR} */
    public void undo(String username, Instant at) {
        if (undoneAt != null) {
            throw new InvalidInput("duplicates.merge.already-undone", String.valueOf(id));
        }
        if (!at.isBefore(undoableUntil())) {
            throw new InvalidInput("duplicates.merge.undo-expired", String.valueOf(id), undoableUntil());
        }
        this.undoneBy = username;
        this.undoneAt = at;
    }

    public Instant undoableUntil() {
        return mergedAt.plus(UNDOABLE_FOR);
    }

    public Long getId() {
        return id;
    }

    public Student getKeptStudent() {
        return keptStudent;
    }

    public Student getMergedStudent() {
        return mergedStudent;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public StudentStatus getPreviousStatus() {
        return previousStatus;
    }

    public String getPreviousStatusReason() {
        return previousStatusReason;
    }

    /** The merged-away child's family, or null when they had none. */
    public Long getFamilyId() {
        return familyId;
    }

    public boolean isKeptJoinedFamily() {
        return keptJoinedFamily;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }
}
