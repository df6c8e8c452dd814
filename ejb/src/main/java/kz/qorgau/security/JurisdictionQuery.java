package kz.qorgau.security;

import jakarta.persistence.TypedQuery;

/**
 * The one JPQL condition that keeps a query inside a jurisdiction. The query names the school {@code sc} and its
 * district {@code d}, puts {@link #SCHOOL_WITHIN} in its where clause and passes through {@link #bind}.
 */
public final class JurisdictionQuery {

    public static final String SCHOOL_WITHIN =
            "(:national = true or sc.id in :schools or d.id in :districts or d.region.id in :regions)";

    private JurisdictionQuery() {
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Jurisdiction jurisdiction) {
        return query.setParameter("national", jurisdiction.national())
                .setParameter("schools", jurisdiction.schoolIdsForQuery())
                .setParameter("districts", jurisdiction.districtIdsForQuery())
                .setParameter("regions", jurisdiction.regionIdsForQuery());
    }
}
