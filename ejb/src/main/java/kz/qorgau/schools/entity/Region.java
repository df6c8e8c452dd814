package kz.qorgau.schools.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the 17 oblasts or 3 cities of republican significance; its id is its national code. */
@Entity
public class Region {

    @Id
    private Long id;

    @Embedded
    private LocalizedName name;

    protected Region() {
    }

    public Region(long id, LocalizedName name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public LocalizedName getName() {
        return name;
    }
}
