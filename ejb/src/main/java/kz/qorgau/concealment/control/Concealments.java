package kz.qorgau.concealment.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.concealment.entity.ConcealmentFlagEvent;
import kz.qorgau.concealment.entity.ConcealmentStatus;
import kz.qorgau.concealment.entity.PossibleConcealment;
import kz.qorgau.incidents.entity.Incident;
import kz.qorgau.people.control.People;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Possible concealments (rule EW-11) of the caller's schools, newest first, for coordinators and ombudsmen, who
 * confirm or dismiss them; the admin only reads.
 */
@Stateless
@RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
public class Concealments {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    People people;

    @Inject
    Clock clock;

    /** @param status only flags that stand so; all of them when null */
    public List<ConcealmentView> list(ConcealmentStatus status, int page, int size, Caller caller, Locale locale) {
        List<PossibleConcealment> flags = JurisdictionQuery.create(em, """
                                select f from PossibleConcealment f join fetch f.school sc join sc.district d
                                where %s and (:status is null or f.status = :status)
                                order by f.raisedAt desc, f.id desc""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                                PossibleConcealment.class, caller.jurisdiction())
                .setParameter("status", status)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        List<ConcealmentView> views = views(flags, locale);
        audit.recordList(caller, "concealment-flags", views.size());
        return views;
    }

    public ConcealmentView get(long id, Caller caller, Locale locale) {
        PossibleConcealment flag = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, "concealment-flag", id, flag.getSchool().getId());
        return views(List.of(flag), locale).get(0);
    }

    @RolesAllowed({COORDINATOR, OMBUDSMAN})
    public ConcealmentView decide(long id,
                                  @NotNull(message = "{request.body.required}") @Valid ConcealmentDecision decision,
                                  Caller caller, Locale locale) {
        PossibleConcealment flag = requireVisible(id, caller);
        if (flag.getVersion() != decision.version()) {
            throw new StaleRecord("concealment-flag", id, flag.getVersion());
        }
        em.persist(flag.decide(decision.decision(), decision.reason().strip(), caller.username(), clock.instant()));
        em.flush();
        audit.record(caller, AuditAction.UPDATE, "concealment-flag", id, flag.getSchool().getId());
        return views(List.of(flag), locale).get(0);
    }

    private PossibleConcealment requireVisible(long id, Caller caller) {
        return JurisdictionQuery.findWithin(em, PossibleConcealment.class, "school", id, caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound("concealment-flag", id));
    }

    private List<ConcealmentView> views(List<PossibleConcealment> flags, Locale locale) {
        if (flags.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ConcealmentFlagEvent>> history = em.createQuery("""
                        select e from ConcealmentFlagEvent e where e.flag in :flags
                        order by e.happenedAt, e.id""", ConcealmentFlagEvent.class)
                .setParameter("flags", flags)
                .getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.getFlag().getId()));
        Set<String> usernames = new HashSet<>();
        flags.forEach(f -> usernames.add(f.getStatusBy()));
        history.values().forEach(events -> events.forEach(e -> usernames.add(e.getUsername())));
        Map<String, String> names = people.namesOf(usernames);
        Set<Long> incidentIds = new HashSet<>();
        flags.forEach(f -> incidentIds.add(f.getIncidentId()));
        history.values().forEach(events -> events.stream().map(ConcealmentFlagEvent::getSchoolIncidentId)
                .filter(Objects::nonNull).forEach(incidentIds::add));
        Map<Long, Incident> incidents = incidents(incidentIds);
        return flags.stream().map(f -> view(f, incidents.get(f.getIncidentId()),
                history.getOrDefault(f.getId(), List.of()), incidents, names, locale)).toList();
    }

    private Map<Long, Incident> incidents(Collection<Long> ids) {
        return em.createQuery("select i from Incident i where i.id in :ids", Incident.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(Incident::getId, i -> i));
    }

    private ConcealmentView view(PossibleConcealment flag, Incident incident, List<ConcealmentFlagEvent> history,
                                 Map<Long, Incident> incidents, Map<String, String> names, Locale locale) {
        String school = flag.getSchool().getName().in(locale);
        return new ConcealmentView(flag.getId(), flag.getRuleId(), flag.getRaisedAt(), flag.getStudentId(),
                flag.getSchool().getId(), school, incident.getId(), incident.getOccurredOn(), incident.getTimeOfDay(),
                incident.getType(), incident.getSource(), incident.getOnSchoolGrounds(),
                Messages.text(locale, "reason.EW-11", incident.getOccurredOn().toString(), school),
                flag.getStatus(), flag.getStatusAt(), names.getOrDefault(flag.getStatusBy(), flag.getStatusBy()),
                flag.getVersion(), history.stream().map(e -> event(e, incidents, names, locale)).toList());
    }

    /** A withdrawal names the school's report that answered the flag: the timeline says why. */
    private ConcealmentEventView event(ConcealmentFlagEvent e, Map<Long, Incident> incidents, Map<String, String> names,
                                       Locale locale) {
        Incident report = e.getSchoolIncidentId() == null ? null : incidents.get(e.getSchoolIncidentId());
        String explanation = report == null
                ? Messages.text(locale, "concealment.event." + e.getStatus())
                : Messages.text(locale, "concealment.event.WITHDRAWN.by-report", report.getId(),
                        report.getOccurredOn().toString());
        return new ConcealmentEventView(e.getStatus(), e.getHappenedAt(), e.getUsername(),
                names.getOrDefault(e.getUsername(), e.getUsername()), e.getReason(), e.getSchoolIncidentId(),
                explanation);
    }
}
