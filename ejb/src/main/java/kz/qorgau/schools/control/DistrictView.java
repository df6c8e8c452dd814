package kz.qorgau.schools.control;

import kz.qorgau.schools.entity.District;

public record DistrictView(long id, long regionId, Names name) {

    static DistrictView of(District district) {
        return new DistrictView(district.getId(), district.regionId(), Names.of(district.getName()));
    }
}
