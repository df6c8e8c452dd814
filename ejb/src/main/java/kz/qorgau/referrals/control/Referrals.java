package kz.qorgau.referrals.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.CaseService;
import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.control.Supervisors;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.referrals.entity.GuardianConsent;
import kz.qorgau.referrals.entity.Referral;
import kz.qorgau.referrals.entity.ServiceProvider;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Referring a child from a case to a service and following the referral. A referral rests on the guardian's recorded
 * consent, still standing, or on a legal ground; a referral on a ground goes on the case's timeline, where the
 * supervisor reads it.
 */
@Stateless
public class Referrals {

    static final String RECORD_TYPE = "referral";

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

    @Inject
    Event<ReferralNoticed> noticed;

    @EJB
    Supervisors supervisors;

    /**
     * Who hears of a referral without consent: the worker's supervisor as the case workflow's rule says, and the
     * coordinator for a school's administrator, who has no supervisor there (docs/PRODUCT.md, "Supervision").
     */
    private String supervisorRoleOf(Caller caller) {
        return supervisors.of(caller).orElse(COORDINATOR);
    }

    /** Those who answer for the case, or the school's administration, refer. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public ReferralView refer(long caseId, @NotNull(message = "{request.body.required}") @Valid NewReferral request,
                              Caller caller) {
        EarlyWarningCase c = cases.requireVisible(caseId, caller);
        requireWorkerOf(c, caller);
        if (request.consentId() == null && request.override() == null) {
            throw new InvalidInput("referral.consent-or-ground.required");
        }
        if (request.consentId() != null && request.override() != null) {
            throw new InvalidInput("referral.consent-or-ground.not-both");
        }
        ServiceProvider service = em.find(ServiceProvider.class, request.serviceId());
        if (service == null || service.getRegion().getId() != c.getStudent().getSchool().regionId()) {
            throw new InvalidInput("referral.service.not-in-region", request.serviceId());
        }
        Instant now = clock.instant();
        Referral referral;
        if (request.consentId() != null) {
            referral = Referral.withConsent(c, service, request.reason(), request.dueOn(),
                    standingConsent(request.consentId()), caller.username(), now);
            em.persist(referral);
        } else {
            referral = Referral.onGround(c, service, request.reason(), request.dueOn(), request.override().ground(),
                    request.override().note(), caller.username(), now);
            em.persist(referral);
            timeline.record(c, CaseEventType.REFERRED_WITHOUT_CONSENT, caller.username(), now,
                    String.valueOf(referral.getId()), referral.getOverrideGround().name(), referral.getOverrideNote());
        }
        em.flush();
        if (referral.getOverrideGround() != null) {
            noticed.fire(new ReferralNoticed(ReferralNoticed.What.REFERRED_WITHOUT_CONSENT, referral.getId(),
                    caseId, caller.username(), caller.username(), supervisorRoleOf(caller), now));
        }
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, referral.getId(), c.getStudent().getSchool().getId());
        return ReferralView.of(referral, today());
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ReferralView> ofCase(long caseId, int page, int size, Caller caller) {
        EarlyWarningCase c = cases.requireVisible(caseId, caller);
        audit.record(caller, AuditAction.READ, "case-referrals", caseId, c.getStudent().getSchool().getId());
        return em.createQuery("""
                        select r from Referral r
                        where r.earlyWarningCase = :case
                        order by r.referredAt, r.id""", Referral.class)
                .setParameter("case", c)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(r -> ReferralView.of(r, today()))
                .toList();
    }

    /** The worker records the service's answer, the outcome, or revokes the referral. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public ReferralView changeStatus(long id,
                                     @NotNull(message = "{request.body.required}") @Valid ReferralStatusChange change,
                                     Caller caller) {
        Referral referral = JurisdictionQuery.findWithin(em, Referral.class, "student.school", id,
                        caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        requireWorkerOf(referral.getEarlyWarningCase(), caller);
        Instant now = clock.instant();
        referral.changeStatus(change.status(), change.answer(), caller.username(), now);
        em.flush();
        if (change.status().isAnswer()) {
            noticed.fire(new ReferralNoticed(ReferralNoticed.What.ANSWERED, id, referral.getEarlyWarningCase().getId(),
                    caller.username(), referral.getReferredBy(), null, now));
        }
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, referral.getStudent().getSchool().getId());
        return ReferralView.of(referral, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireWorkerOf(EarlyWarningCase c, Caller caller) {
        if (!caller.hasRole(SCHOOL_ADMIN) && !c.isAssignee(caller.username())) {
            throw new NotPermitted("referral.not-case-worker", c.getId());
        }
    }

    /** The consent, unless it is a withdrawal or a withdrawal for the child was recorded after it. */
    private GuardianConsent standingConsent(long consentId) {
        GuardianConsent consent = em.find(GuardianConsent.class, consentId);
        if (consent == null) {
            throw new InvalidInput("referral.consent.not-valid", consentId);
        }
        boolean withdrawnSince = !em.createQuery("""
                        select c.id from GuardianConsent c
                        where c.student = :student and c.withdrawal = true and c.recordedAt > :since""", Long.class)
                .setParameter("student", consent.getStudent())
                .setParameter("since", consent.getRecordedAt())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (withdrawnSince) {
            throw new InvalidInput("referral.consent.withdrawn", consentId);
        }
        return consent;
    }
}
