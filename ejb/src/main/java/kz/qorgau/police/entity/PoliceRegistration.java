package kz.qorgau.police.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.police.control.NewPoliceRegistration;
import kz.qorgau.students.entity.Student;

/**
 * A student's registration on the juvenile police register, from registration through review and removal to
 * anonymisation. A removed registration keeps its identifying details for {@link #RETENTION_AFTER_REMOVAL}, then
 * loses them unless an administrator placed a legal hold; its dates and reason stay for statistics.
 * <p>
 * The nightly upkeep's queries are named so that the deployment checks them: nothing else runs them before 02:30.
 */
@Entity
@NamedQuery(name = PoliceRegistration.ACTIVE_OF_STUDENTS_BORN_BY, query = """
        select r from PoliceRegistration r join fetch r.student
        where r.removedOn is null and r.student.birthDate <= :bornBy""")
@NamedQuery(name = PoliceRegistration.REMOVED_UNHELD_BEFORE, query = """
        select r from PoliceRegistration r
        where r.anonymised = false and r.legalHold = false and r.anonymiseAfter < :today""")
public class PoliceRegistration {

    /**
     * A policy value, not a legal constant: how long a removed registration keeps its basis document and notes.
     * Change it only on a decision of the data owner.
     */
    public static final Period RETENTION_AFTER_REMOVAL = Period.ofYears(1);

    public static final String ACTIVE_OF_STUDENTS_BORN_BY = "PoliceRegistration.activeOfStudentsBornBy";
    public static final String REMOVED_UNHELD_BEFORE = "PoliceRegistration.removedUnheldBefore";

    /** The register is for minors: a person leaves it on their 18th birthday. */
    public static final int AGE_OF_MAJORITY = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "police_registration_id")
    @SequenceGenerator(name = "police_registration_id", sequenceName = "police_registration_id_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    private RegistrationReason reason;

    private LocalDate registeredOn;
    private LocalDate reviewOn;
    private String basisDocument;
    private String note;
    private String inspector;

    private LocalDate removedOn;

    @Enumerated(EnumType.STRING)
    private RemovalGround removalGround;

    private String removalNote;
    private LocalDate anonymiseAfter;
    private boolean legalHold;
    private boolean anonymised;
    private Instant recordedAt;

    @Version
    private long version;

    protected PoliceRegistration() {
    }

    private PoliceRegistration(Student student, NewPoliceRegistration request, String inspector) {
        this.student = Objects.requireNonNull(student, "student");
        if (request.reviewOn().isBefore(request.registeredOn())) {
            throw new InvalidInput("police.review-before-registration", request.reviewOn(), request.registeredOn());
        }
        if (!request.registeredOn().isBefore(comingOfAge())) {
            throw new InvalidInput("police.registration.adult", request.registeredOn(), comingOfAge());
        }
        this.reason = Objects.requireNonNull(request.reason(), "reason");
        this.registeredOn = request.registeredOn();
        this.reviewOn = request.reviewOn();
        this.basisDocument = Objects.requireNonNull(request.basisDocument(), "basisDocument").strip();
        this.note = request.note();
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.recordedAt = Instant.now();
    }

    /**
     * Puts a student on the register. A student has at most one active registration: while {@code current} is
     * active, a second one is refused (the existing one is reviewed or removed instead).
     */
    public static PoliceRegistration open(Student student, Optional<PoliceRegistration> current,
                                          NewPoliceRegistration request, String inspector) {
        current.filter(PoliceRegistration::isActive).ifPresent(active -> {
            throw new DuplicateRecord("police.registration.active-exists", active.getId(), active.getRegisteredOn());
        });
        return new PoliceRegistration(student, request, inspector);
    }

    public boolean isActive() {
        return removedOn == null;
    }

    /** Takes the student off the register; from then on the anonymisation date runs. */
    public void remove(LocalDate on, RemovalGround ground, String removalNote) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(ground, "ground");
        if (!isActive()) {
            throw new DuplicateRecord("police.registration.already-removed", id, removedOn);
        }
        if (on.isBefore(registeredOn)) {
            throw new InvalidInput("police.removal-before-registration", on, registeredOn);
        }
        if (ground == RemovalGround.REACHED_18 && on.isBefore(comingOfAge())) {
            throw new InvalidInput("police.removal.not-yet-18", comingOfAge());
        }
        this.removedOn = on;
        this.removalGround = ground;
        this.removalNote = removalNote;
        this.anonymiseAfter = on.plus(RETENTION_AFTER_REMOVAL);
    }

    /** Whether the student, still registered, has turned 18 by {@code today} and so leaves the register. */
    public boolean isDueForRemovalAt18(LocalDate today) {
        return isActive() && !today.isBefore(comingOfAge());
    }

    /** Removes the registration as of the student's 18th birthday, whenever the removal is noticed. */
    public void removeAt18() {
        remove(comingOfAge(), RemovalGround.REACHED_18, null);
    }

    /** Removed, past its anonymisation date, not yet anonymised, and not held for a court or an investigation. */
    public boolean isDueForAnonymisation(LocalDate today) {
        return !isActive() && !anonymised && !legalHold && today.isAfter(anonymiseAfter);
    }

    /** Erases what identifies the case behind the registration; the dates and the reason stay for statistics. */
    public void anonymise(LocalDate today) {
        if (!isDueForAnonymisation(today)) {
            throw new IllegalStateException("police registration " + id + " is not due for anonymisation");
        }
        this.basisDocument = null;
        this.note = null;
        this.removalNote = null;
        this.anonymised = true;
    }

    /** A legal hold keeps a removed registration from anonymisation, for a court or an investigation. */
    public void holdForLegalReasons(boolean held) {
        if (held && anonymised) {
            throw new InvalidInput("police.legal-hold.already-anonymised", id);
        }
        this.legalHold = held;
    }

    private LocalDate comingOfAge() {
        return student.getBirthDate().plusYears(AGE_OF_MAJORITY);
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public RegistrationReason getReason() {
        return reason;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public String getNote() {
        return note;
    }

    public String getInspector() {
        return inspector;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public RemovalGround getRemovalGround() {
        return removalGround;
    }

    public String getRemovalNote() {
        return removalNote;
    }

    public LocalDate getAnonymiseAfter() {
        return anonymiseAfter;
    }

    public boolean isLegalHold() {
        return legalHold;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public long getVersion() {
        return version;
    }
}
