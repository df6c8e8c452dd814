package kz.qorgau.safety.entity;

import java.time.Instant;
import java.time.LocalDate;
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
import kz.qorgau.schools.entity.School;

/**
 * What an inspection obliges a school to put right, by a deadline: one per defective or missing item. The school
 * reports its remedy, the inspector accepts it (closing the prescription) or rejects it with a reason (opening it
 * again). Past its deadline and still open, it is escalated to the coordinator, once.
 */
@Entity
public class Prescription {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prescription_id")
    @SequenceGenerator(name = "prescription_id", sequenceName = "prescription_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    @Enumerated(EnumType.STRING)
    private ChecklistItem item;

    @Enumerated(EnumType.STRING)
    private Finding finding;

    private String requirement;
    private LocalDate issuedOn;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private PrescriptionStatus status;

    private String remedyNote;
    private String remediedBy;
    private Instant remediedAt;
    private String rejectionReason;
    private String rejectedBy;
    private Instant rejectedAt;
    private String closedBy;
    private Instant closedAt;
    private LocalDate closedOn;
    private Instant escalatedAt;

    @Version
    private long version;

    protected Prescription() {
    }

    /** @param line a finding that needs a remedy; its remarks say what the school must do */
    public Prescription(Inspection inspection, InspectionFinding line, LocalDate deadline) {
        if (!line.getFinding().needsRemedy()) {
            throw new IllegalArgumentException("an item in order needs no prescription: " + line.getItem());
        }
        this.inspection = Objects.requireNonNull(inspection, "inspection");
        this.school = inspection.getSchool();
        this.item = line.getItem();
        this.finding = line.getFinding();
        this.requirement = line.getRemarks();
        this.issuedOn = inspection.getVisitedOn();
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.status = PrescriptionStatus.OPEN;
    }

    /** The school reports what it did; a note, evidence, or both, must show it. */
    public void remedy(String note, boolean hasEvidence, String by, Instant now) {
        requireStatus(PrescriptionStatus.OPEN);
        if ((note == null || note.isBlank()) && !hasEvidence) {
            throw new InvalidInput("safety.remedy.proof-required");
        }
        this.remedyNote = note == null || note.isBlank() ? null : note.strip();
        this.remediedBy = by;
        this.remediedAt = now;
        this.status = PrescriptionStatus.REMEDIED;
    }

    /** The inspector is satisfied: the prescription closes on the day given. */
    public void accept(String by, Instant now, LocalDate today) {
        requireStatus(PrescriptionStatus.REMEDIED);
        this.closedBy = by;
        this.closedAt = now;
        this.closedOn = today;
        this.status = PrescriptionStatus.CLOSED;
    }

    /**
     * The inspector found the item in order at a later inspection and says it was remedied: the prescription closes,
     * whether or not the school reported its remedy first.
     */
    public void closeAtInspection(String by, Instant now, LocalDate visitedOn) {
        if (status == PrescriptionStatus.CLOSED) {
            throw new InvalidInput("safety.prescription.status", id, status.name(), PrescriptionStatus.OPEN.name());
        }
        this.closedBy = by;
        this.closedAt = now;
        this.closedOn = visitedOn;
        this.status = PrescriptionStatus.CLOSED;
    }

    /** The inspector is not satisfied: the prescription is open again, its deadline unchanged. */
    public void reject(String reason, String by, Instant now) {
        requireStatus(PrescriptionStatus.REMEDIED);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("safety.rejection.reason-required");
        }
        this.rejectionReason = reason.strip();
        this.rejectedBy = by;
        this.rejectedAt = now;
        this.status = PrescriptionStatus.OPEN;
    }

    /** Evidence is attached while the school is still working on the remedy. */
    public void requireOpen() {
        requireStatus(PrescriptionStatus.OPEN);
    }

    /** @return whether this escalation is new: a prescription reaches the coordinator once */
    public boolean escalate(Instant now) {
        if (escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    /** Still waiting for the school after its deadline day has passed. */
    public boolean isOverdueOn(LocalDate day) {
        return status == PrescriptionStatus.OPEN && deadline.isBefore(day);
    }

    private void requireStatus(PrescriptionStatus expected) {
        if (status != expected) {
            throw new InvalidInput("safety.prescription.status", id, status.name(), expected.name());
        }
    }

    public Long getId() {
        return id;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public School getSchool() {
        return school;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public Finding getFinding() {
        return finding;
    }

    public String getRequirement() {
        return requirement;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public PrescriptionStatus getStatus() {
        return status;
    }

    public String getRemedyNote() {
        return remedyNote;
    }

    public String getRemediedBy() {
        return remediedBy;
    }

    public Instant getRemediedAt() {
        return remediedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public long getVersion() {
        return version;
    }
}
