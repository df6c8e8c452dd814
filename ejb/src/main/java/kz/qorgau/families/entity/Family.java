package kz.qorgau.families.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.School;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;

/**
 * A family as a school keeps it: where it lives, its social circumstances, its guardians, and its history on the
 * police register of dysfunctional families. The school decides who may see it; students join it from their own
 * files, possibly from other schools (siblings).
 */
@Entity
public class Family {

    static final int ADDRESS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_id")
    @SequenceGenerator(name = "family_id", sequenceName = "family_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private String address;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "family_social_flag", joinColumns = @JoinColumn(name = "family_id"))
    @Column(name = "flag")
    @Enumerated(EnumType.STRING)
    private Set<SocialFlag> flags = EnumSet.noneOf(SocialFlag.class);

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Guardian> guardians = new ArrayList<>();

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("registeredOn, id")
    private List<FamilyPoliceRegistration> policeRegistrations = new ArrayList<>();

    private Instant createdAt;

    @Version
    private long version;

    protected Family() {
    }

    public Family(School school, String address, Collection<SocialFlag> flags) {
        this.school = Objects.requireNonNull(school, "school");
        describe(address, flags);
        this.createdAt = Instant.now();
    }

    /** Replaces the address and the social flags: both are stated in full each time, as the form shows them. */
    public void describe(String address, Collection<SocialFlag> flags) {
        if (address == null || address.isBlank()) {
            throw new InvalidInput("family.address.required");
        }
        if (address.strip().length() > ADDRESS_MAX) {
            throw new InvalidInput("field.too-long");
        }
        this.address = address.strip();
        this.flags.clear();
        if (flags != null) {
            this.flags.addAll(flags);
        }
    }

    /** @throws DuplicateRecord when a guardian with this IIN is already recorded in the family */
    public Guardian addGuardian(PersonName name, Iin iin, GuardianRelation relation, PhoneNumber phone) {
        if (guardians.stream().anyMatch(g -> g.getIin().equals(iin))) {
            throw new DuplicateRecord("guardian.duplicate", iin);
        }
        Guardian guardian = new Guardian(this, name, iin, relation, phone);
        guardians.add(guardian);
        return guardian;
    }

    /**
     * Puts the family on the police register. It stands there at most once at a time, and a new period cannot
     * begin inside an earlier one.
     */
    public FamilyPoliceRegistration registerWithPolice(LocalDate on, String reason, String inspector) {
        Optional<FamilyPoliceRegistration> active = activePoliceRegistration();
        if (active.isPresent()) {
            throw new DuplicateRecord("family.police.already-registered", active.get().getRegisteredOn());
        }
        policeRegistrations.stream()
                .map(FamilyPoliceRegistration::getRemovedOn)
                .filter(on::isBefore)
                .max(LocalDate::compareTo)
                .ifPresent(lastRemoval -> {
                    throw new InvalidInput("family.police.registered-before-last-removal", on, lastRemoval);
                });
        FamilyPoliceRegistration registration = new FamilyPoliceRegistration(this, on, reason, inspector);
        policeRegistrations.add(registration);
        return registration;
    }

    /** Takes the family off the police register; the registration stays in its history. */
    public FamilyPoliceRegistration removeFromPoliceRegister(LocalDate on, String reason, String inspector) {
        FamilyPoliceRegistration active = activePoliceRegistration()
                .orElseThrow(() -> new InvalidInput("family.police.not-registered"));
        active.remove(on, reason, inspector);
        return active;
    }

    public Optional<FamilyPoliceRegistration> activePoliceRegistration() {
        return policeRegistrations.stream().filter(FamilyPoliceRegistration::isActive).findFirst();
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getAddress() {
        return address;
    }

    public Set<SocialFlag> getFlags() {
        return Collections.unmodifiableSet(flags);
    }

    public List<Guardian> getGuardians() {
        return Collections.unmodifiableList(guardians);
    }

    /** Every registration, oldest first. */
    public List<FamilyPoliceRegistration> getPoliceRegistrations() {
        return Collections.unmodifiableList(policeRegistrations);
    }

    public long getVersion() {
        return version;
    }
}
