package kz.qorgau.dashboard.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.Session;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.concealment.entity.ConcealmentStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.control.CustomPlans;
import kz.qorgau.schools.entity.District;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The figures of the dashboard, each counted inside the reader's jurisdiction: open cases, cases opened week by week,
 * overdue first contacts, possible concealments and schools left without staff. Counts only, so nothing here is audited
 * as a read of a child's file. docs/PRODUCT.md section 1: the dashboard is for those who oversee schools, not for those
 * who work in them.
 */
@Stateless
@RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
public class Dashboard {

    public static final int WEEKS = 12;

    private static final String CASES_WITHIN = """
            from EarlyWarningCase c join c.student s join s.school sc join sc.district d
            where %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN);

    @PersistenceContext
    EntityManager em;

    public List<OpenCaseCount> openCases(Caller caller) {
        return within("select c.level, c.status, count(c) " + CASES_WITHIN
                + " and c.status <> :closed group by c.level, c.status", caller)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList().stream()
                .map(row -> new OpenCaseCount((Level) row[0], (CaseStatus) row[1], (Long) row[2]))
                .toList();
    }

    /** The last {@value #WEEKS} weeks, this one included, counted in one pass over the cases opened since. */
    public WeeklyOpenings openedPerWeek(Caller caller, LocalDate today) {
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<LocalDate> weeks = IntStream.range(0, WEEKS).mapToObj(first::plusWeeks).toList();
        String columns = IntStream.range(0, WEEKS)
                .mapToObj(i -> "sum(case when c.openedAt >= :w%d and c.openedAt < :w%d then 1 else 0 end)"
                        .formatted(i, i + 1))
                .collect(Collectors.joining(", "));
        TypedQuery<Object[]> query = within("select c.level, " + columns + " " + CASES_WITHIN
                + " and c.openedAt >= :w0 and c.openedAt < :w" + WEEKS + " group by c.level", caller);
        for (int i = 0; i <= WEEKS; i++) {
            query.setParameter("w" + i, first.plusWeeks(i).atStartOfDay(Kazakhstan.TIME_ZONE).toInstant());
        }
        Map<Level, List<Long>> counts = new EnumMap<>(Level.class);
        Arrays.stream(Level.values()).forEach(l -> counts.put(l, new ArrayList<>(Collections.nCopies(WEEKS, 0L))));
        for (Object[] row : query.getResultList()) {
            List<Long> perWeek = counts.get((Level) row[0]);
            for (int i = 0; i < WEEKS; i++) {
                perWeek.set(i, row[i + 1] == null ? 0L : ((Number) row[i + 1]).longValue());
            }
        }
        return new WeeklyOpenings(weeks, counts);
    }

    /** Open cases whose first-contact deadline passed with no contact logged, as rule EW-10 counts them. */
    public List<DistrictCount> overdueByDistrict(Caller caller, Instant now, Locale locale) {
        List<Object[]> rows = within("select d.id, count(c) " + CASES_WITHIN + """
                 and c.status <> :closed and c.firstContactAt is null and c.firstContactDue < :now
                group by d.id""", caller)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("now", now)
                .getResultList();
        Map<Long, String> names = districtNames(rows.stream().map(r -> (Long) r[0]).toList(), locale);
        return rows.stream()
                .map(r -> new DistrictCount((Long) r[0], names.get((Long) r[0]), (Long) r[1]))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .toList();
    }

    /** How many flags stand in each status; a status no flag has is counted as 0. */
    public Map<ConcealmentStatus, Long> concealmentFlags(Caller caller) {
        Map<ConcealmentStatus, Long> counts = new EnumMap<>(ConcealmentStatus.class);
        for (ConcealmentStatus status : ConcealmentStatus.values()) {
            counts.put(status, 0L);
        }
        within("""
                        select f.status, count(f) from PossibleConcealment f join f.school sc join sc.district d
                        where %s group by f.status""".formatted(JurisdictionQuery.SCHOOL_WITHIN), caller)
                .getResultList().stream()
                .forEach(r -> counts.put((ConcealmentStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** Districts with at least one school lacking a designated inspector, psychologist or social pedagogue. */
    public List<CoverageGap> coverageGaps(Caller caller, Locale locale) {
        Map<Long, Long> schools = within("""
                        select d.id, count(sc) from School sc join sc.district d
                        where %s group by d.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN), caller)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        Map<Long, Map<StaffRole, Long>> staffed = new HashMap<>();
        within("""
                select d.id, x.role, count(distinct sc.id) from StaffDesignation x join x.school sc join sc.district d
                where %s group by d.id, x.role""".formatted(JurisdictionQuery.SCHOOL_WITHIN), caller)
                .getResultList().stream()
                .forEach(r -> staffed.computeIfAbsent((Long) r[0], id -> new EnumMap<>(StaffRole.class))
                        .put((StaffRole) r[1], (Long) r[2]));
        Map<Long, String> names = districtNames(schools.keySet(), locale);
        return schools.entrySet().stream()
                .map(e -> {
                    Map<StaffRole, Long> with = staffed.getOrDefault(e.getKey(), Map.of());
                    long all = e.getValue();
                    return new CoverageGap(e.getKey(), names.get(e.getKey()), all,
                            all - with.getOrDefault(StaffRole.INSPECTOR, 0L),
                            all - with.getOrDefault(StaffRole.PSYCHOLOGIST, 0L),
                            all - with.getOrDefault(StaffRole.SOCIAL_PEDAGOGUE, 0L));
                })
                .filter(g -> g.withoutInspector() + g.withoutPsychologist() + g.withoutSocialPedagogue() > 0)
                .sorted((a, b) -> a.district().compareTo(b.district()))
                .toList();
    }

    private Map<Long, String> districtNames(Collection<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from District d where d.id in :ids", District.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(District::getId, d -> d.getName().in(locale)));
    }

    private TypedQuery<Object[]> within(String jpql, Caller caller) {
        em.unwrap(Session.class).doWork(CustomPlans::inTransaction);
        return JurisdictionQuery.create(em, jpql, Object[].class, caller.jurisdiction());
    }
}
