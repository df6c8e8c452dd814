package kz.qorgau.concealment.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.concealment.entity.PossibleConcealment;
import kz.qorgau.incidents.entity.Incident;
import kz.qorgau.platform.Messages;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/** Possible concealments (rule EW-11) of the caller's schools, newest first, for coordinators and ombudsmen. */
@Stateless
@RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
public class Concealments {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    public List<ConcealmentView> list(int page, int size, Caller caller, Locale locale) {
        List<ConcealmentView> views = JurisdictionQuery.bind(em.createQuery("""
                                select f from PossibleConcealment f join f.school sc join sc.district d
                                where %s
                                order by f.raisedAt desc, f.id desc""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        PossibleConcealment.class), caller.jurisdiction())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(f -> view(f, locale))
                .toList();
        audit.recordList(caller, "concealment-flags", views.size());
        return views;
    }

    private ConcealmentView view(PossibleConcealment flag, Locale locale) {
        Incident incident = em.find(Incident.class, flag.getIncidentId());
        return new ConcealmentView(flag.getId(), flag.getRuleId(), flag.getRaisedAt(), flag.getStudentId(),
                flag.getSchool().getId(), flag.getSchool().getName().in(locale), incident.getId(),
                incident.getOccurredOn(), incident.getTimeOfDay(), incident.getType(), incident.getSource(),
                incident.getOnSchoolGrounds(),
                Messages.text(locale, "reason.EW-11", incident.getOccurredOn().toString(),
                        flag.getSchool().getName().in(locale)));
    }
}
