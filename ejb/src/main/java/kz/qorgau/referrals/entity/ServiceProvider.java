package kz.qorgau.referrals.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;

/** A service of a region's catalogue that children are referred to. */
@Entity
public class ServiceProvider {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_provider_id")
    @SequenceGenerator(name = "service_provider_id", sequenceName = "service_provider_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region region;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    @Embedded
    private LocalizedName name;

    private String addedBy;
    private Instant addedAt;

    protected ServiceProvider() {
    }

    public ServiceProvider(Region region, ServiceKind kind, LocalizedName name, String addedBy, Instant addedAt) {
        this.region = Objects.requireNonNull(region, "region");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public LocalizedName getName() {
        return name;
    }
}
