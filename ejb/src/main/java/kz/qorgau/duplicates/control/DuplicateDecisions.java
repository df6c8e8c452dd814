package kz.qorgau.duplicates.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

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
import kz.qorgau.duplicates.entity.DuplicateSuspicion;
import kz.qorgau.duplicates.entity.SuspicionStatus;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The pairs of look-alike files waiting for a decision, as the region's coordinator reads them, and the decision that
 * two files are not one child's, which anyone who sees both files may take.
 */
@Stateless
public class DuplicateDecisions {

    static final String RECORD_TYPE = "duplicate";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Open pairs of the caller's jurisdiction, the oldest first; each listing is recorded with its size. */
    @RolesAllowed({COORDINATOR, ADMIN})
    public List<SuspicionView> open(int page, int size, Caller caller, Locale locale) {
        List<SuspicionView> found = JurisdictionQuery.create(em, """
                        select p from DuplicateSuspicion p
                        join fetch p.firstStudent f join fetch f.school sc join fetch sc.district d
                        join fetch p.secondStudent s join fetch s.school ss join fetch ss.district
                        where p.status = :open and %s
                        order by p.foundAt, p.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        DuplicateSuspicion.class, caller.jurisdiction())
                .setParameter("open", SuspicionStatus.OPEN)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(p -> SuspicionView.of(p, locale))
                .toList();
        audit.recordList(caller, "duplicate-list", found.size());
        return found;
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, ADMIN})
    public SuspicionView dismiss(long id, @NotNull(message = "{request.body.required}") @Valid Dismissal dismissal,
                                 Caller caller, Locale locale) {
        DuplicateSuspicion pair = requireBothVisible(id, caller);
        pair.dismiss(caller.username(), clock.instant(), dismissal.note().strip());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, pair.getFirstStudent().getSchool().getId());
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, pair.getSecondStudent().getSchool().getId());
        return SuspicionView.of(pair, locale);
    }

    /** A pair is decided only by someone who sees both files; to anyone else it is "not found". */
    private DuplicateSuspicion requireBothVisible(long id, Caller caller) {
        return JurisdictionQuery.create(em, """
                        select p from DuplicateSuspicion p
                        join fetch p.firstStudent f join fetch f.school sc join fetch sc.district d
                        join fetch p.secondStudent s join fetch s.school sc2 join fetch sc2.district d2
                        where p.id = :id and %s and %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN,
                        JurisdictionQuery.within("sc2", "d2")), DuplicateSuspicion.class, caller.jurisdiction())
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }
}
