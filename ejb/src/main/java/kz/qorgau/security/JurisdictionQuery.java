package kz.qorgau.security;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The one JPQL condition that keeps a query inside a jurisdiction. The query names the school {@code sc} and its
 * district {@code d}, puts {@link #SCHOOL_WITHIN} in its where clause and passes through {@link #bind}.
 */
public final class JurisdictionQuery {

    public static final String SCHOOL_WITHIN =
            "(:national = true or array_contains(:schools, sc.id) or array_contains(:districts, d.id)"
                    + " or array_contains(:regions, d.region.id))";

    private JurisdictionQuery() {
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Jurisdiction jurisdiction) {
        return query.setParameter("national", jurisdiction.national())
                .setParameter("schools", jurisdiction.schoolIdsForQuery())
                .setParameter("districts", jurisdiction.districtIdsForQuery())
                .setParameter("regions", jurisdiction.regionIdsForQuery());
    }

    /**
     * The record of this type and id, when the jurisdiction covers its school, in one query that also fetches the
     * school and its district. A record outside the jurisdiction costs what a missing one costs, so that neither the
     * answer nor its time tells that it exists.
     *
     * @param schoolPath the path from the record to its school, such as {@code school} or {@code student.school};
     *                   empty when the record is a school
     */
    public static <T> Optional<T> findWithin(EntityManager em, Class<T> type, String schoolPath, Object id,
                                             Jurisdiction jurisdiction) {
        return bind(em.createQuery(findWithin(em.getMetamodel().entity(type).getName(), schoolPath), type),
                jurisdiction)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    static String findWithin(String entity, String schoolPath) {
        String alias = schoolPath.isEmpty() ? "sc" : "x";
        return "select %1$s from %2$s %1$s %3$sjoin fetch sc.district d where %1$s.id = :id and %4$s".formatted(
                alias, entity, joins(schoolPath), SCHOOL_WITHIN);
    }

    /** {@code student.school} becomes {@code join fetch x.student j1 join fetch j1.school sc }. */
    private static String joins(String schoolPath) {
        String[] steps = schoolPath.isEmpty() ? new String[0] : schoolPath.split("\\.");
        StringBuilder joins = new StringBuilder();
        String from = "x";
        for (int i = 0; i < steps.length; i++) {
            String alias = i == steps.length - 1 ? "sc" : "j" + (i + 1);
            joins.append("join fetch ").append(from).append('.').append(steps[i]).append(' ').append(alias).append(' ');
            from = alias;
        }
        return joins.toString();
    }
}
