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
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Grants;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Early-warning cases as the caller's jurisdiction lets them see them. The lookups the other case services share are
 * {@code @PermitAll}: those services declare the roles of their own steps.
 */
@Stateless
public class CaseService {

    private static final String VISIBLE = """
            select c from EarlyWarningCase c join fetch c.student s join s.school sc join sc.district d
            where %s
              and (:level is null or c.level = :level)
              and (:status is null or c.status = :status)
              and (:student is null or s.id = :student)
            """.formatted(JurisdictionQuery.SCHOOL_WITHIN);

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CaseEscalations escalations;

    /** Who the case was put in front of, oldest first, naming the roles nobody at the school is designated for. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<EscalationView> escalationsOf(long id, Caller caller) {
        EarlyWarningCase c = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, "case-escalations", id, c.getStudent().getSchool().getId());
        return escalations.of(List.of(id)).getOrDefault(id, List.of());
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<CaseView> list(CaseFilter filter, int page, int size, Caller caller, Locale locale) {
        return visible(filter, caller)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(c -> CaseView.of(c, locale))
                .toList();
    }

    /** Within jurisdiction, or under a valid break-glass grant for the case's student. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public CaseView read(long id, Caller caller, Locale locale) {
        TypedQuery<EarlyWarningCase> readable = JurisdictionQuery.create(em, """
                select c from EarlyWarningCase c join fetch c.student s join fetch s.school sc join fetch sc.district d
                where c.id = :id and (%s or %s)""".formatted(JurisdictionQuery.SCHOOL_WITHIN, Grants.HELD_FOR_STUDENT),
                EarlyWarningCase.class, caller.jurisdiction());
        return Grants.bind(readable, caller.username(), Instant.now())
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst()
                .map(c -> CaseView.of(c, locale))
                .orElseThrow(() -> new RecordNotFound("case", id));
    }

    /** Found and scoped in one query: a case outside the jurisdiction is refused as fast as a missing one. */
    @PermitAll
    public Optional<EarlyWarningCase> findVisible(long id, Caller caller) {
        return JurisdictionQuery.findWithin(em, EarlyWarningCase.class, "student.school", id, caller.jurisdiction());
    }

    /** @throws RecordNotFound when the case does not exist or lies outside the caller's jurisdiction */
    @PermitAll
    public EarlyWarningCase requireVisible(long id, Caller caller) {
        return findVisible(id, caller).orElseThrow(() -> new RecordNotFound("case", id));
    }

    /**
     * A case about to be changed: within jurisdiction (a break-glass grant is for reading only) and still at the
     * version the client read.
     *
     * @throws StaleRecord when someone changed the case since, naming its current version
     */
    @PermitAll
    public EarlyWarningCase requireCurrent(long id, long version, Caller caller) {
        EarlyWarningCase c = requireVisible(id, caller);
        if (c.getVersion() != version) {
            throw new StaleRecord("case", id, c.getVersion());
        }
        return c;
    }

    /** The case as it stands after a change, which is recorded in the audit trail. */
    @PermitAll
    public CaseView changed(EarlyWarningCase c, Caller caller, Locale locale) {
        em.flush();
        audit.record(caller, AuditAction.UPDATE, "case", c.getId(), c.getStudent().getSchool().getId());
        return CaseView.of(c, locale);
    }

    private TypedQuery<EarlyWarningCase> visible(CaseFilter filter, Caller caller) {
        return JurisdictionQuery.create(em, VISIBLE + " order by c.openedAt desc, c.id desc", EarlyWarningCase.class,
                        caller.jurisdiction())
                .setParameter("level", filter.level())
                .setParameter("status", filter.status())
                .setParameter("student", filter.studentId());
    }
}
