package kz.qorgau.referrals.entity;

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

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.students.entity.Student;

/**
 * A guardian's consent to referrals of a child, or its withdrawal. Never changed once written (the database refuses
 * updates): the history of a child's consents is the list of these records.
 */
@Entity
public class GuardianConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_consent_id")
    @SequenceGenerator(name = "guardian_consent_id", sequenceName = "guardian_consent_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    private String guardianName;
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    private ConsentManner how;

    private String witness;
    private boolean withdrawal;
    private String recordedBy;
    private Instant recordedAt;

    protected GuardianConsent() {
    }

    public GuardianConsent(Student student, String guardianName, LocalDate givenOn, ConsentManner how, String witness,
                           boolean withdrawal, String recordedBy, Instant recordedAt) {
        if (how == ConsentManner.VERBAL_WITH_WITNESS && (witness == null || witness.isBlank())) {
            throw new InvalidInput("consent.witness.required");
        }
        this.student = Objects.requireNonNull(student, "student");
        this.guardianName = Objects.requireNonNull(guardianName, "guardianName").strip();
        this.givenOn = Objects.requireNonNull(givenOn, "givenOn");
        this.how = Objects.requireNonNull(how, "how");
        this.witness = witness == null || witness.isBlank() ? null : witness.strip();
        this.withdrawal = withdrawal;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public ConsentManner getHow() {
        return how;
    }

    public String getWitness() {
        return witness;
    }

    public boolean isWithdrawal() {
        return withdrawal;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
