package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The open cases waiting for the caller, by the first-contact deadline or by level, filtered as the reader asks:
 * for the school's staff, the cases they answer for; for the school's administration, the cases escalated to it or
 * overdue; for coordinators and ombudsmen, the cases escalated to them. Someone holding several roles sees what each of them brings. Internal
 * ({@code @PermitAll}): called only by the caller's inbox, which declares who may.
 */
@Stateless
@PermitAll
public class Inbox {

    /** The cases waiting for the caller, before any filter the reader chose. */
    private static final String WAITING = """
            from EarlyWarningCase c join c.student s join s.school sc join sc.district d
            where %s
              and c.status <> :closed
              and ((:staff = true and exists (
                       select a from CaseAssignment a where a.earlyWarningCase = c and a.username = :username))
                or (:schoolAdmin = true and (
                       (c.firstContactAt is null and c.firstContactDue < :now)
                       or exists (select e from CaseEscalation e where e.earlyWarningCase = c
                                  and e.target = :toSchoolAdmin and e.escalatedAt >= c.episodeStartedAt)))
                or (:coordinator = true and exists (
                       select e from CaseEscalation e where e.earlyWarningCase = c
                       and e.target = :toCoordinator and e.escalatedAt >= c.episodeStartedAt))
                or (:ombudsman = true and exists (
                       select e from CaseEscalation e where e.earlyWarningCase = c
                       and e.target = :toOmbudsman and e.escalatedAt >= c.episodeStartedAt)))
            """.formatted(JurisdictionQuery.SCHOOL_WITHIN);

    private static final String OVERDUE = "c.firstContactAt is null and c.firstContactDue < :now";

    /** Most urgent first: the levels' names are stored, which do not sort by urgency themselves. */
    private static final String BY_URGENCY = "case c.level"
            + Arrays.stream(Level.values())
                    .map(l -> " when " + Level.class.getName() + "." + l + " then " + l.ordinal())
                    .collect(Collectors.joining())
            + " else -1 end desc";

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseEscalations escalations;

    @EJB
    AuditTrail audit;

    /** The first {@code size} cases from {@code page * size}, by deadline, unfiltered: the API's inbox. */
    public List<InboxItem> of(Caller caller, int page, int size, Locale locale) {
        return matching(caller, InboxQuery.all(), page * size, size, locale);
    }

    /** The cases of the query from the {@code first}, at most {@code size}. */
    public List<InboxItem> matching(Caller caller, InboxQuery query, int first, int size, Locale locale) {
        Instant now = Instant.now();
        String order = query.order() == InboxQuery.Order.LEVEL
                ? BY_URGENCY + ", c.firstContactDue, c.id" : "c.firstContactDue, c.id";
        List<EarlyWarningCase> waiting = waiting("select c " + WAITING + filters(query) + " order by " + order,
                        EarlyWarningCase.class, caller, query, now)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        List<Long> ids = waiting.stream().map(EarlyWarningCase::getId).toList();
        Map<Long, List<EscalationView>> escalated = escalations.of(ids);
        Map<Long, List<String>> rules = ruleIdsOf(ids);
        audit.recordList(caller, "case-inbox", waiting.size());
        return waiting.stream().map(c -> new InboxItem(InboxItem.KIND, c.getId(), c.getStudent().getId(),
                        c.getStudent().getName().full(), c.getStudent().getSchool().getId(),
                        c.getStudent().getSchool().getName().in(locale), c.getLevel(), c.getStatus(),
                        c.getFirstContactDue(), c.isOverdueAt(now),
                        escalated.getOrDefault(c.getId(), List.of()), rules.getOrDefault(c.getId(), List.of()),
                        c.getFirstContactAt()))
                .toList();
    }

    /** How many cases the query matches, for paging through them. */
    public long count(Caller caller, InboxQuery query) {
        return waiting("select count(c) " + WAITING + filters(query), Long.class, caller, query, Instant.now()).getSingleResult();
    }

    /** The counts of all the cases waiting for the caller, whatever the reader filters by. */
    public InboxCounts counts(Caller caller) {
        List<Object[]> groups = waiting("select c.level, c.status, count(c), sum(case when " + OVERDUE
                        + " then 1 else 0 end) " + WAITING + " group by c.level, c.status", Object[].class, caller,
                InboxQuery.all(), Instant.now()).getResultList();
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        long total = 0;
        long overdue = 0;
        for (Object[] group : groups) {
            long count = ((Number) group[2]).longValue();
            byLevel.merge((Level) group[0], count, Long::sum);
            byStatus.merge((CaseStatus) group[1], count, Long::sum);
            total += count;
            overdue += group[3] == null ? 0 : ((Number) group[3]).longValue();
        }
        return new InboxCounts(total, byLevel, byStatus, overdue);
    }

    private static String filters(InboxQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.level() != null) {
            where.append(" and c.level = :level");
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
        }
        if (query.overdueOnly()) {
            where.append(" and ").append(OVERDUE);
        }
        return where.toString();
    }

    private <T> TypedQuery<T> waiting(String jpql, Class<T> type, Caller caller, InboxQuery query, Instant now) {
        TypedQuery<T> q = JurisdictionQuery.create(em, jpql, type, caller.jurisdiction())
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("staff", caller.hasRole(PSYCHOLOGIST) || caller.hasRole(SOCIAL_PEDAGOGUE)
                        || caller.hasRole(INSPECTOR))
                .setParameter("username", caller.username())
                .setParameter("schoolAdmin", caller.hasRole(SCHOOL_ADMIN))
                .setParameter("now", now)
                .setParameter("toSchoolAdmin", EscalationTarget.SCHOOL_ADMIN)
                .setParameter("coordinator", caller.hasRole(COORDINATOR))
                .setParameter("toCoordinator", EscalationTarget.COORDINATOR)
                .setParameter("ombudsman", caller.hasRole(OMBUDSMAN))
                .setParameter("toOmbudsman", EscalationTarget.OMBUDSMAN);
        if (query.level() != null) {
            q.setParameter("level", query.level());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        return q;
    }

    /** The rules behind each case, in the order they raised it. */
    private Map<Long, List<String>> ruleIdsOf(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select r.earlyWarningCase.id, r.ruleId from CaseReason r
                        where r.earlyWarningCase.id in :ids order by r.raisedAt, r.ruleId""", Object[].class)
                .setParameter("ids", caseIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }
}
