package kz.qorgau.security;

import java.util.Set;

/**
 * The part of the country a person may see, as the identity provider states it in the token: schools (staff and
 * inspectors), a district, a region, or the whole country.
 */
public record Jurisdiction(boolean national, Set<Long> regionIds, Set<Long> districtIds, Set<Long> schoolIds) {

    /** Stands in for an empty set in a JPQL {@code in} list: no record has this id. */
    private static final Set<Long> NONE = Set.of(-1L);

    public Jurisdiction {
        regionIds = Set.copyOf(regionIds);
        districtIds = Set.copyOf(districtIds);
        schoolIds = Set.copyOf(schoolIds);
    }

    public static Jurisdiction none() {
        return new Jurisdiction(false, Set.of(), Set.of(), Set.of());
    }

    public boolean coversSchool(long schoolId, long districtId, long regionId) {
        return national || schoolIds.contains(schoolId) || districtIds.contains(districtId)
                || regionIds.contains(regionId);
    }

    public Set<Long> regionIdsForQuery() {
        return regionIds.isEmpty() ? NONE : regionIds;
    }

    public Set<Long> districtIdsForQuery() {
        return districtIds.isEmpty() ? NONE : districtIds;
    }

    public Set<Long> schoolIdsForQuery() {
        return schoolIds.isEmpty() ? NONE : schoolIds;
    }
}
