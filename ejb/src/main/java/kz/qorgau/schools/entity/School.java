package kz.qorgau.schools.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import kz.qorgau.security.Jurisdiction;

/** An educational organisation; its id is its code in the national education database. */
@Entity
public class School {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private District district;

    @Enumerated(EnumType.STRING)
    private SchoolKind kind;

    @Embedded
    private LocalizedName name;

    /** Null until an administrator states it. */
    @Enumerated(EnumType.STRING)
    private InstructionLanguage instructionLanguage;

    protected School() {
    }

    public School(long id, District district, SchoolKind kind, LocalizedName name,
                  InstructionLanguage instructionLanguage) {
        this.id = id;
        this.district = district;
        this.kind = kind;
        this.name = name;
        this.instructionLanguage = instructionLanguage;
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public LocalizedName getName() {
        return name;
    }

    public InstructionLanguage getInstructionLanguage() {
        return instructionLanguage;
    }

    public long districtId() {
        return district.getId();
    }

    public long regionId() {
        return district.regionId();
    }

    public boolean isWithin(Jurisdiction jurisdiction) {
        return jurisdiction.coversSchool(id, districtId(), regionId());
    }
}
