package kz.qorgau.thresholds.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.thresholds.entity.ThresholdStatus;
import kz.qorgau.thresholds.entity.ThresholdVersion;

/** Threshold versions: proposed by an admin as a draft, checked before they are stored, then activated. */
@Stateless
public class ThresholdVersions {

    public static final String RECORD_TYPE = "threshold-version";

    @PersistenceContext
    EntityManager em;

    @EJB
    ActiveThresholds active;

    @EJB
    AuditTrail audit;

    @Inject
    Validator validator;

    @RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
    public ThresholdVersionView active() {
        return ThresholdVersionView.of(find(active.current().version()));
    }

    @RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ThresholdVersionView> list(int page, int size) {
        return em.createQuery("select v from ThresholdVersion v order by v.number desc", ThresholdVersion.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(ThresholdVersionView::of)
                .toList();
    }

    @RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
    public ThresholdVersionView read(int number) {
        return ThresholdVersionView.of(find(number));
    }

    /** A new draft as the API proposes it: the version in force with the values sent. */
    @RolesAllowed(ADMIN)
    public ThresholdVersionView propose(@NotNull(message = "{request.body.required}") @Valid ThresholdProposal proposal,
                                        Caller caller) {
        return propose(proposal.note(), ThresholdValues.read(proposal.values()), caller);
    }

    /**
     * A new draft: the version in force with the proposed values; a value left out keeps the value in force. The
     * note is checked when the draft is made ({@link ThresholdVersion}).
     */
    @RolesAllowed(ADMIN)
    public ThresholdVersionView propose(String note, ThresholdValues.Reading values, Caller caller) {
        var proposed = ThresholdSettings.apply(active.current().values(), values, validator);
        int number = em.createQuery("select coalesce(max(v.number), 0) from ThresholdVersion v", Integer.class)
                .getSingleResult() + 1;
        ThresholdVersion draft = new ThresholdVersion(number, ThresholdSettings.write(proposed), note,
                caller.username(), Instant.now());
        em.persist(draft);
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, (long) number);
        return ThresholdVersionView.of(draft);
    }

    /** The draft comes into force and the version in force retires; evaluations use it from the next signal on. */
    @RolesAllowed(ADMIN)
    public ThresholdVersionView activate(int number, Caller caller) {
        ThresholdVersion draft = em.find(ThresholdVersion.class, number, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new RecordNotFound(RECORD_TYPE, number);
        }
        if (draft.getStatus() != ThresholdStatus.DRAFT) {
            throw new InvalidInput("thresholds.not-draft", number, draft.getStatus().name());
        }
        em.createQuery("select v from ThresholdVersion v where v.status = :active", ThresholdVersion.class)
                .setParameter("active", ThresholdStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .forEach(ThresholdVersion::retire);
        em.flush();
        draft.activate(caller.username(), Instant.now());
        em.flush();
        active.forgetOnCompletion();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, (long) number);
        return ThresholdVersionView.of(draft);
    }

    private ThresholdVersion find(int number) {
        ThresholdVersion version = em.find(ThresholdVersion.class, number);
        if (version == null) {
            throw new RecordNotFound(RECORD_TYPE, number);
        }
        return version;
    }
}
