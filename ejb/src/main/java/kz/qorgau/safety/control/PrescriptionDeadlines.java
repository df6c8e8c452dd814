package kz.qorgau.safety.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.control.ScheduledRuns;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.PrescriptionStatus;

/**
 * Prescriptions still open after their deadline day go to the coordinator of the region, each once, as overdue
 * cases do. A singleton, so that the timer and an operator's run never overlap.
 */
@Singleton
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
public class PrescriptionDeadlines {

    private static final Logger LOG = Logger.getLogger(PrescriptionDeadlines.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    /** Persistent, so that it fires on one node of a cluster; the slot is claimed so that its work is done once. */
    @Schedule(minute = "*/5", hour = "*")
    void onSchedule() {
        if (!runs.claim("prescription-deadlines", Duration.ofMinutes(5))) {
            return;
        }
        PrescriptionCheck check = check(Instant.now());
        if (check.escalated() > 0) {
            LOG.info(() -> "Prescription deadlines: " + check);
        }
    }

    @RolesAllowed(ADMIN)
    public PrescriptionCheck check(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Kazakhstan.TIME_ZONE);
        List<Prescription> overdue = em.createQuery("""
                        select p from Prescription p
                        where p.status = :open and p.deadline < :today and p.escalatedAt is null""", Prescription.class)
                .setParameter("open", PrescriptionStatus.OPEN)
                .setParameter("today", today)
                .getResultList();
        int escalated = (int) overdue.stream().filter(p -> p.escalate(now)).count();
        return new PrescriptionCheck(now, escalated);
    }
}
