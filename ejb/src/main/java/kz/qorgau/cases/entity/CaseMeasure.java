package kz.qorgau.cases.entity;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import kz.qorgau.platform.InvalidInput;

/**
 * One measure of a case's intervention plan: what, who answers for it, by when, how far it got. Versioned on its
 * own, because the responsible person updates it while others work on the case.
 */
@Entity
public class CaseMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_measure_id")
    @SequenceGenerator(name = "case_measure_id", sequenceName = "case_measure_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EarlyWarningCase earlyWarningCase;

    @Enumerated(EnumType.STRING)
    private MeasureKind kind;

    private String responsible;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status;

    private String note;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected CaseMeasure() {
    }

    CaseMeasure(EarlyWarningCase earlyWarningCase, MeasureKind kind, String responsible, LocalDate dueOn, String note,
                String createdBy, Instant now) {
        this.earlyWarningCase = earlyWarningCase;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.responsible = Objects.requireNonNull(responsible, "responsible");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.status = MeasureStatus.PLANNED;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * States the measure anew, as the form shows it. A measure that is done or cancelled stays so, and nothing of
     * the plan of a closed case changes.
     */
    public void change(MeasureStatus newStatus, String newResponsible, LocalDate newDueOn, String newNote) {
        if (earlyWarningCase.getStatus() == CaseStatus.CLOSED) {
            throw new InvalidInput("case.closed", earlyWarningCase.getId());
        }
        if (status.isFinal()) {
            throw new InvalidInput("case.measure.final", id, status);
        }
        this.status = Objects.requireNonNull(newStatus, "status");
        this.responsible = Objects.requireNonNull(newResponsible, "responsible");
        this.dueOn = Objects.requireNonNull(newDueOn, "dueOn");
        this.note = newNote;
    }

    public Long getId() {
        return id;
    }

    public EarlyWarningCase getCase() {
        return earlyWarningCase;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
