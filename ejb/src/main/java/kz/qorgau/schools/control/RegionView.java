package kz.qorgau.schools.control;

import java.io.Serializable;

import kz.qorgau.schools.entity.Region;

public record RegionView(long id, Names name) implements Serializable {

    static RegionView of(Region region) {
        return new RegionView(region.getId(), Names.of(region.getName()));
    }
}
