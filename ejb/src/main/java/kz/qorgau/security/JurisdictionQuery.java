package kz.qorgau.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;

/**
 * The JPQL condition that keeps a query inside a jurisdiction. A query names a school and its district, puts
 * {@link #SCHOOL_WITHIN} (or {@link #within} for other aliases) in its where clause and is created by {@link #create},
 * which writes the condition for the caller's kind of scope.
 * <p>
 * The condition names only the ids the caller has: {@code sc.id = any(:schools)} for a school's staff,
 * {@code d.region.id = any(:regions)} for a coordinator. One condition that tried schools, districts and regions at
 * once made PostgreSQL join every case of the country to its school before it could keep the caller's; a condition on
 * one kind of id is a lookup by index. The mark itself is not JPQL, so a query that is not created here fails instead
 * of running unscoped.
 */
public final class JurisdictionQuery {

    /** Keeps the school {@code sc} in district {@code d} inside the caller's jurisdiction. */
    public static final String SCHOOL_WITHIN = within("sc", "d");

    private static final Pattern MARK = Pattern.compile("\\{within jurisdiction: school (\\w+), district (\\w+)}");

    private static final Set<String> PARAMETERS = Set.of("national", "schools", "districts", "regions");

    private JurisdictionQuery() {
    }

    /** Keeps the school of this alias, in the district of that alias, inside the caller's jurisdiction. */
    public static String within(String school, String district) {
        return "{within jurisdiction: school %s, district %s}".formatted(school, district);
    }

    /** The query with each jurisdiction mark written for this jurisdiction and its ids bound. */
    public static <T> TypedQuery<T> create(EntityManager em, String jpql, Class<T> type, Jurisdiction jurisdiction) {
        return bind(em.createQuery(scoped(jpql, jurisdiction), type), jurisdiction);
    }

    static String scoped(String jpql, Jurisdiction jurisdiction) {
        Matcher mark = MARK.matcher(jpql);
        return mark.replaceAll(m -> Matcher.quoteReplacement(condition(jurisdiction, m.group(1), m.group(2))));
    }

    private static String condition(Jurisdiction jurisdiction, String school, String district) {
        if (jurisdiction.national()) {
            return "1 = 1";
        }
        List<String> any = jurisdiction.idsByKind().stream()
                .map(ids -> switch (ids.kind()) {
                    case SCHOOLS -> "ids_include(:schools, %s.id)".formatted(school);
                    case DISTRICTS -> "ids_include(:districts, %s.id)".formatted(district);
                    case REGIONS -> "ids_include(:regions, %s.region.id)".formatted(district);
                })
                .toList();
        return any.isEmpty() ? "1 = 0" : any.stream().collect(Collectors.joining(" or ", "(", ")"));
    }

    /**
     * Binds the jurisdiction's parameters the query names: those of {@link #create}'s conditions, or
     * {@code :national}, {@code :schools}, {@code :districts} and {@code :regions} of a condition written by hand.
     */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Jurisdiction jurisdiction) {
        Set<String> named = query.getParameters().stream()
                .map(Parameter::getName)
                .filter(PARAMETERS::contains)
                .collect(Collectors.toSet());
        if (named.contains("national")) {
            query.setParameter("national", jurisdiction.national());
        }
        if (named.contains("schools")) {
            query.setParameter("schools", jurisdiction.schoolIdsForQuery());
        }
        if (named.contains("districts")) {
            query.setParameter("districts", jurisdiction.districtIdsForQuery());
        }
        if (named.contains("regions")) {
            query.setParameter("regions", jurisdiction.regionIdsForQuery());
        }
        return query;
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
        return create(em, findWithin(em.getMetamodel().entity(type).getName(), schoolPath), type, jurisdiction)
                .setParameter("id", id)
                .getResultList().stream()
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
