package kz.qorgau.schools.entity;

import jakarta.persistence.Column;
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

    /**
     * The region's id as the row holds it: asking the lazy region for its id loads it (the entities are mapped by
     * field), one more query on every request that checks a school against a jurisdiction.
     */
    @Column(name = "region_id", insertable = false, updatable = false)
    private Long regionId;

    @Embedded
    private LocalizedName name;

    protected District() {
    }

    public District(long id, Region region, LocalizedName name) {
        this.id = id;
        this.region = region;
        this.regionId = region.getId();
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public long regionId() {
        return regionId;
    }

    public LocalizedName getName() {
        return name;
    }
}
