package kz.qorgau.duplicates.entity;

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

/**
 * Two files that look like one child's, found when one of them was opened or by the nightly search, and what was
 * decided about them. One row per pair, the lower id first, so that the pair is raised once whoever finds it.
 */
@Entity
public class DuplicateSuspicion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duplicate_suspicion_id")
    @SequenceGenerator(name = "duplicate_suspicion_id", sequenceName = "duplicate_suspicion_id_seq",
            allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student firstStudent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student secondStudent;

    private Instant foundAt;
    private String foundBy;

    @Enumerated(EnumType.STRING)
    private SuspicionStatus status;

    private String decidedBy;
    private Instant decidedAt;
    private String note;

    @Version
    private long version;

    protected DuplicateSuspicion() {
    }

    public DuplicateSuspicion(Student one, Student other, String foundBy, Instant foundAt) {
        boolean ordered = one.getId() < other.getId();
        this.firstStudent = ordered ? one : other;
        this.secondStudent = ordered ? other : one;
        this.foundBy = Objects.requireNonNull(foundBy, "foundBy");
        this.foundAt = Objects.requireNonNull(foundAt, "foundAt");
        this.status = SuspicionStatus.OPEN;
    }

    /** Not the same child, in the words of the person who decided. */
    public void dismiss(String username, Instant at, String why) {
        requireOpen();
        decide(SuspicionStatus.DISMISSED, username, at);
        this.note = why;
    }

    public void merged(String username, Instant at) {
        decide(SuspicionStatus.MERGED, username, at);
    }

    /** The merge was undone: the pair waits for a decision again. */
    public void reopen() {
        this.status = SuspicionStatus.OPEN;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    private void requireOpen() {
        if (status != SuspicionStatus.OPEN) {
            throw new InvalidInput("duplicates.decided", String.valueOf(id));
        }
    }

    private void decide(SuspicionStatus decided, String username, Instant at) {
        this.status = decided;
        this.decidedBy = username;
        this.decidedAt = at;
    }

    /** The other file of the pair than {@code studentId}. */
    public Student other(long studentId) {
        return firstStudent.getId() == studentId ? secondStudent : firstStudent;
    }

    public Long getId() {
        return id;
    }

    public Student getFirstStudent() {
        return firstStudent;
    }

    public Student getSecondStudent() {
        return secondStudent;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public SuspicionStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
