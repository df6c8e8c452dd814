package kz.qorgau.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of the country a person may see, as the identity provider states it in the token: schools (staff and
 * inspectors), a district, a region, or the whole country.
 */
public record Jurisdiction(boolean national, Set<Long> regionIds, Set<Long> districtIds, Set<Long> schoolIds) {

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

    /** The kinds of ids a jurisdiction names; a query keeps its rows inside it with one condition per kind. */
    public enum Kind {
        SCHOOLS, DISTRICTS, REGIONS
    }

    /** One kind of ids of this jurisdiction, as the array a query binds. */
    public record Ids(Kind kind, Long[] ids) {
    }

    /**
     * The kinds of ids this jurisdiction names, schools first; empty for the whole country and for no jurisdiction,
     * which {@link #national} tells apart. A query tests only these, so that PostgreSQL can find them by index.
     */
    public List<Ids> idsByKind() {
        List<Ids> kinds = new ArrayList<>();
        if (!schoolIds.isEmpty()) {
            kinds.add(new Ids(Kind.SCHOOLS, schoolIdsForQuery()));
        }
        if (!districtIds.isEmpty()) {
            kinds.add(new Ids(Kind.DISTRICTS, districtIdsForQuery()));
        }
        if (!regionIds.isEmpty()) {
            kinds.add(new Ids(Kind.REGIONS, regionIdsForQuery()));
        }
        return kinds;
    }

    /**
     * As array parameters of a query ({@code ids_include(:schools, sc.id)}), not lists: Hibernate keeps the SQL of
     * a query with list parameters for no next execution, and translated each jurisdiction query again on every
     * request; an array is one parameter whatever its length.
     */
    public Long[] regionIdsForQuery() {
        return regionIds.toArray(Long[]::new);
    }

    public Long[] districtIdsForQuery() {
        return districtIds.toArray(Long[]::new);
    }

    public Long[] schoolIdsForQuery() {
        return schoolIds.toArray(Long[]::new);
    }
}
