package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.entity.CaseEvent;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.people.control.People;
import kz.qorgau.security.Caller;

/**
 * Every event of a case, in the caller's transaction (announced as {@link CaseEventRecorded}), and the timeline as
 * its readers see it. Recording an event is
 * {@code @PermitAll}: the beans that change a case (timers included) declare who may.
 */
@Stateless
public class CaseTimeline {

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseService cases;

    @EJB
    AuditTrail audit;

    @EJB
    People people;

    @Inject
    Event<CaseEventRecorded> recorded;

    /**
     * @param args the arguments {@link CaseEventType} lists for the type, enumeration constants by their names
     */
    @PermitAll
    public void record(EarlyWarningCase c, CaseEventType type, String actor, Instant at, String... args) {
        em.persist(new CaseEvent(c, type, actor, at, args));
        recorded.fire(new CaseEventRecorded(c.getId(), type,
                Arrays.stream(args).map(a -> a == null ? "" : a).toList(), at));
    }

    /** Oldest first; reading it is audited, as it tells about a child. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<CaseEventView> of(long caseId, int page, int size, Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireVisible(caseId, caller);
        audit.record(caller, AuditAction.READ, "case-timeline", caseId, c.getStudent().getSchool().getId());
        List<CaseEvent> events = em.createQuery("""
                        select e from CaseEvent e
                        where e.earlyWarningCase = :case
                        order by e.occurredAt, e.id""", CaseEvent.class)
                .setParameter("case", c)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        Map<String, String> names = people.namesOf(events.stream().flatMap(CaseEventView::peopleOf)
                .collect(Collectors.toSet()));
        return events.stream().map(e -> CaseEventView.of(e, locale, names)).toList();
    }
}
