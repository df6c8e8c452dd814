package kz.qorgau.schools.control;

import java.io.Serializable;

import kz.qorgau.schools.entity.District;

public record DistrictView(long id, long regionId, Names name) implements Serializable {

    static DistrictView of(District district) {
        return new DistrictView(district.getId(), district.regionId(), Names.of(district.getName()));
    }
}
