package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseMeasure;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.schools.entity.StaffDesignation;
import kz.qorgau.security.Caller;

/**
 * The intervention plan of a case: measures kept by the people who answer for the case and by the school's
 * administration. A measure is in someone's hands: an assignee, a person the school designated, or whoever writes
 * it down.
 */
@Stateless
public class CaseMeasures {

    static final String RECORD_TYPE = "case-measure";

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseService cases;

    @EJB
    CaseTimeline timeline;

    @EJB
    AuditTrail audit;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<MeasureView> of(long caseId, Caller caller) {
        return cases.requireVisible(caseId, caller).getMeasures().stream().map(MeasureView::of).toList();
    }

    /** Added to a case at the version the client read, which adding a measure leaves as it is. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public MeasureView add(long caseId, @NotNull(message = "{request.body.required}") @Valid NewMeasure request,
                           Caller caller) {
        EarlyWarningCase c = cases.requireCurrent(caseId, request.version(), caller);
        CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN);
        String responsible = responsible(c, request.responsible(), caller);
        Instant now = Instant.now();
        CaseMeasure measure = c.addMeasure(request.kind(), responsible, request.dueOn(), request.note(),
                caller.username(), now);
        timeline.record(c, CaseEventType.MEASURE_ADDED, caller.username(), now, request.kind().name(), responsible,
                request.dueOn().toString());
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, measure.getId(), c.getStudent().getSchool().getId());
        return MeasureView.of(measure);
    }

    /** Changed against the version of the measure read; the responsible person may update it too. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public MeasureView change(long caseId, long measureId,
                              @NotNull(message = "{request.body.required}") @Valid MeasureChange request,
                              Caller caller) {
        EarlyWarningCase c = cases.requireVisible(caseId, caller);
        CaseMeasure measure = c.getMeasures().stream().filter(m -> m.getId() == measureId).findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, measureId));
        if (!caller.username().equals(measure.getResponsible())) {
            CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN);
        }
        if (measure.getVersion() != request.version()) {
            throw new StaleRecord(RECORD_TYPE, measureId, measure.getVersion());
        }
        String responsible = responsible(c, request.responsible(), caller);
        measure.change(request.status(), responsible, request.dueOn(), request.note());
        timeline.record(c, CaseEventType.MEASURE_UPDATED, caller.username(), Instant.now(), measure.getKind().name(),
                request.status().name(), responsible, request.dueOn().toString());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, measureId, c.getStudent().getSchool().getId());
        return MeasureView.of(measure);
    }

    private String responsible(EarlyWarningCase c, String username, Caller caller) {
        String name = username.strip();
        boolean known = name.equals(caller.username()) || c.isAssignee(name) || designatedAt(c, name).isPresent();
        if (!known) {
            throw new InvalidInput("case.measure.responsible.unknown", name);
        }
        return name;
    }

    private Optional<StaffDesignation> designatedAt(EarlyWarningCase c, String username) {
        return em.createQuery("""
                        select d from StaffDesignation d
                        where d.school = :school and d.username = :username""", StaffDesignation.class)
                .setParameter("school", c.getStudent().getSchool())
                .setParameter("username", username)
                .setMaxResults(1)
                .getResultList().stream()
                .findFirst();
    }
}
