package kz.qorgau.families.entity;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.platform.InvalidInput;

/**
 * One period during which a family stood on the police register as a dysfunctional family (неблагополучная
 * семья). A removed registration stays as history; a new period is a new registration.
 */
@Entity
public class FamilyPoliceRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_police_registration_id")
    @SequenceGenerator(name = "family_police_registration_id", sequenceName = "family_police_registration_id_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Family family;

    private LocalDate registeredOn;
    private String reason;
    private String registeredBy;

    private LocalDate removedOn;
    private String removalReason;
    private String removedBy;

    protected FamilyPoliceRegistration() {
    }

    /** Registrations are opened by {@link Family#registerWithPolice}, which allows one active at a time. */
    FamilyPoliceRegistration(Family family, LocalDate registeredOn, String reason, String registeredBy) {
        this.family = family;
        this.registeredOn = registeredOn;
        this.reason = reason;
        this.registeredBy = registeredBy;
    }

    void remove(LocalDate on, String why, String by) {
        if (on.isBefore(registeredOn)) {
            throw new InvalidInput("family.police.removal-before-registration", on, registeredOn);
        }
        this.removedOn = on;
        this.removalReason = why;
        this.removedBy = by;
    }

    public boolean isActive() {
        return removedOn == null;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getReason() {
        return reason;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public String getRemovedBy() {
        return removedBy;
    }
}
