package kz.qorgau.safety.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.PrescriptionStatus;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The prescriptions waiting for the caller, by deadline: for a school's administration, those it must remedy;
 * for inspectors, remedies to review; for coordinators, those escalated to them as overdue. Internal
 * ({@code @PermitAll}): called only by the caller's inbox, which declares who may.
 */
@Stateless
@PermitAll
public class PrescriptionInbox {

    @Inject
    Clock clock;

    private static final String WAITING = """
            select p from Prescription p join fetch p.school sc join sc.district d
            where %s
              and ((:schoolAdmin = true and p.status = :open)
                or (:inspector = true and p.status = :remedied)
                or (:coordinator = true and p.status <> :closed and p.escalatedAt is not null))
            order by p.deadline, p.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN);

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** The first {@code limit} waiting prescriptions. */
    public List<PrescriptionInboxItem> of(Caller caller, int limit, Locale locale) {
        if (!caller.hasRole(SCHOOL_ADMIN) && !caller.hasRole(INSPECTOR) && !caller.hasRole(COORDINATOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Prescription> waiting = JurisdictionQuery.create(em, WAITING, Prescription.class, caller.jurisdiction())
                .setParameter("schoolAdmin", caller.hasRole(SCHOOL_ADMIN))
                .setParameter("inspector", caller.hasRole(INSPECTOR))
                .setParameter("coordinator", caller.hasRole(COORDINATOR))
                .setParameter("open", PrescriptionStatus.OPEN)
                .setParameter("remedied", PrescriptionStatus.REMEDIED)
                .setParameter("closed", PrescriptionStatus.CLOSED)
                .setMaxResults(limit)
                .getResultList();
        audit.recordList(caller, "prescription-inbox", waiting.size());
        return waiting.stream().map(p -> new PrescriptionInboxItem(PrescriptionInboxItem.KIND, p.getId(),
                        p.getSchool().getId(), p.getSchool().getName().in(locale), p.getItem(), p.getFinding(),
                        p.getStatus(), p.getDeadline(),
                        p.getDeadline().plusDays(1).atStartOfDay(Kazakhstan.TIME_ZONE).toInstant(),
                        p.isOverdueOn(today), p.getEscalatedAt()))
                .toList();
    }
}
