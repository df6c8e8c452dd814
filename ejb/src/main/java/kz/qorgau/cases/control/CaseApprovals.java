package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
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
import kz.qorgau.cases.entity.ApprovalKind;
import kz.qorgau.cases.entity.ApprovalRequest;
import kz.qorgau.cases.entity.ApprovalStatus;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * A supervisor's word on closing or lowering a HIGH or CRITICAL case ({@link Supervision}): the worker's request, the
 * supervisor's waiting list, and their decision, each on the case's timeline and in the audit trail.
 */
@Stateless
public class CaseApprovals {

    private static final String WITHIN = """
            select r from ApprovalRequest r join fetch r.earlyWarningCase c join fetch c.student s
            join fetch s.school sc join fetch sc.district d
            where %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN);

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseService cases;

    @EJB
    CaseTimeline timeline;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Called by {@link CaseWorkflow}, which declares who may ask. The case itself does not change. */
    @PermitAll
    public CaseView request(EarlyWarningCase c, ApprovalRequest request, Caller caller, Locale locale) {
        c.requestApproval(request);
        em.persist(request);
        timeline.record(c, CaseEventType.APPROVAL_REQUESTED, caller.username(), request.getRequestedAt(),
                request.getKind().name(), request.getReason());
        em.flush();
        audit.record(caller, AuditAction.CREATE, "approval-request", request.getId(),
                c.getStudent().getSchool().getId());
        return CaseView.of(c, locale);
    }

    /** The requests that wait for the caller's decision, oldest first. */
    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR})
    public List<ApprovalView> waiting(Caller caller) {
        List<String> roles = Stream.of(SCHOOL_ADMIN, COORDINATOR).filter(caller::hasRole).toList();
        List<ApprovalView> waiting = JurisdictionQuery.create(em, WITHIN + """
                         and r.status = :pending and r.supervisorRole in :roles
                        order by r.requestedAt, r.id""", ApprovalRequest.class, caller.jurisdiction())
                .setParameter("pending", ApprovalStatus.PENDING)
                .setParameter("roles", roles)
                .getResultList().stream()
                .map(ApprovalView::of)
                .toList();
        audit.recordList(caller, "approval-requests", waiting.size());
        return waiting;
    }

    /** The change asked for is applied now, as of the worker who asked, after the approval on the timeline. */
    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR})
    public CaseView approve(long id, Caller caller, Locale locale) {
        ApprovalRequest r = requireDecidable(id, caller);
        EarlyWarningCase c = r.getEarlyWarningCase();
        Instant now = clock.instant();
        r.approve(caller.username(), now);
        timeline.record(c, CaseEventType.APPROVED, caller.username(), now, r.getKind().name(), r.getRequestedBy());
        if (r.getKind() == ApprovalKind.CLOSE) {
            CaseChanges.close(c, r.getOutcome(), r.getNote(), r.getRequestedBy(), now, timeline);
        } else {
            CaseChanges.lowerLevel(c, r.getLevel(), r.getReason(), r.getRequestedBy(), now, timeline);
        }
        audit.record(caller, AuditAction.UPDATE, "approval-request", r.getId(), c.getStudent().getSchool().getId());
        return cases.changed(c, caller, locale);
    }

    /** The case stays as it was; the worker reads the comment on its timeline. */
    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR})
    public CaseView sendBack(long id, @NotNull(message = "{request.body.required}") @Valid SendingBack sending,
                             Caller caller, Locale locale) {
        ApprovalRequest r = requireDecidable(id, caller);
        EarlyWarningCase c = r.getEarlyWarningCase();
        Instant now = clock.instant();
        String comment = sending.comment().strip();
        r.sendBack(caller.username(), comment, now);
        timeline.record(c, CaseEventType.SENT_BACK, caller.username(), now, r.getKind().name(), r.getRequestedBy(),
                comment);
        em.flush();
        audit.record(caller, AuditAction.UPDATE, "approval-request", r.getId(), c.getStudent().getSchool().getId());
        return CaseView.of(c, locale);
    }

    /**
     * @throws RecordNotFound when the request does not exist or its case lies outside the caller's jurisdiction
     * @throws NotPermitted   when the caller is not the request's supervisor, or asked for it themself
     */
    private ApprovalRequest requireDecidable(long id, Caller caller) {
        ApprovalRequest r = JurisdictionQuery.create(em, WITHIN + " and r.id = :id",
        ApprovalRequest.class, caller.jurisdiction())
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("approval-request", id));
        if (r.getRequestedBy().equals(caller.username())) {
            throw new NotPermitted("approval.own-request", id);
        }
        if (!caller.hasRole(r.getSupervisorRole())) {
            throw new NotPermitted("approval.not-supervisor", id);
        }
        return r;
    }
}
