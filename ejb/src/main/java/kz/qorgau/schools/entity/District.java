package kz.qorgau.schools.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A district of a region, or a city district. */
@Entity
public class District {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region region;

    @Embedded
    private LocalizedName name;

    protected District() {
    }

    public District(long id, Region region, LocalizedName name) {
        this.id = id;
        this.region = region;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public LocalizedName getName() {
        return name;
    }
}
