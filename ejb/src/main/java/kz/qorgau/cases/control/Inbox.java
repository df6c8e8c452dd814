package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The open cases waiting for the caller, by the first-contact deadline: for the school's staff, the cases they
 * answer for; for the school's administration, the cases escalated to it or overdue; for coordinators and
 * ombudsmen, the cases escalated to them. Someone holding several roles sees what each of them brings. Internal
 * ({@code @PermitAll}): called only by the caller's inbox, which declares who may.
 */
@Stateless
@PermitAll
public class Inbox {

    private static final String WAITING = """
            select c from EarlyWarningCase c join c.student s join s.school sc join sc.district d
            where %s
              and c.status <> :closed
              and ((:staff = true and exists (
                       select a from CaseAssignment a where a.earlyWarningCase = c and a.username = :username))
                or (:schoolAdmin = true and (
                       (c.firstContactAt is null and c.firstContactDue < :now)
                       or exists (select e from CaseEscalation e
                                  where e.earlyWarningCase = c and e.target = :toSchoolAdmin)))
                or (:coordinator = true and exists (
                       select e from CaseEscalation e where e.earlyWarningCase = c and e.target = :toCoordinator))
                or (:ombudsman = true and exists (
                       select e from CaseEscalation e where e.earlyWarningCase = c and e.target = :toOmbudsman)))
            order by c.firstContactDue, c.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN);

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseEscalations escalations;

    @EJB
    AuditTrail audit;

    public List<InboxItem> of(Caller caller, int page, int size, Locale locale) {
        Instant now = Instant.now();
        List<EarlyWarningCase> waiting = JurisdictionQuery.bind(em.createQuery(WAITING, EarlyWarningCase.class),
                        caller.jurisdiction())
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
                .setParameter("toOmbudsman", EscalationTarget.OMBUDSMAN)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        Map<Long, List<EscalationView>> escalated = escalations.of(waiting.stream().map(EarlyWarningCase::getId).toList());
        audit.recordList(caller, "case-inbox", waiting.size());
        return waiting.stream().map(c -> new InboxItem(InboxItem.KIND, c.getId(), c.getStudent().getId(),
                        c.getStudent().getName().full(), c.getStudent().getSchool().getId(),
                        c.getStudent().getSchool().getName().in(locale), c.getLevel(), c.getStatus(),
                        c.getFirstContactDue(), c.isOverdueAt(now),
                        escalated.getOrDefault(c.getId(), List.of())))
                .toList();
    }
}
