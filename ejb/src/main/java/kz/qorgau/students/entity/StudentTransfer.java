package kz.qorgau.students.entity;

import java.time.Instant;

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
import kz.qorgau.schools.entity.School;

/**
 * A student handed over from one school to another (docs/PRODUCT.md section 2). Until the receiving school confirms,
 * the file stays with the sending school; on confirmation the file and the open case move, and the sending school
 * loses access.
 */
@Entity
public class StudentTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_transfer_id")
    @SequenceGenerator(name = "student_transfer_id", sequenceName = "student_transfer_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School fromSchool;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School toSchool;

    @Enumerated(EnumType.STRING)
    private TransferStatus status;

    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    protected StudentTransfer() {
    }

    public StudentTransfer(Student student, School toSchool, String requestedBy) {
        if (student.getSchool().getId().equals(toSchool.getId())) {
            throw new InvalidInput("transfer.same-school", toSchool.getId());
        }
        this.student = student;
        this.fromSchool = student.getSchool();
        this.toSchool = toSchool;
        this.status = TransferStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    /** The receiving school takes the student: from now on the file is theirs. */
    public void confirm(String username) {
        decide(TransferStatus.CONFIRMED, username);
        student.moveTo(toSchool);
    }

    public void cancel(String username) {
        decide(TransferStatus.CANCELLED, username);
    }

    private void decide(TransferStatus outcome, String username) {
        if (status != TransferStatus.PENDING) {
            throw new InvalidInput("transfer.not-pending", id, status);
        }
        this.status = outcome;
        this.decidedBy = username;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public School getFromSchool() {
        return fromSchool;
    }

    public School getToSchool() {
        return toSchool;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
