package kz.qorgau.police.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.control.ScheduledRuns;
import kz.qorgau.police.entity.PoliceRegistration;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * The nightly upkeep of the police register: students who turned 18 leave it, and removed registrations past
 * their anonymisation date lose their identifying details unless held. The decisions are the entity's. Run by its
 * nightly timer, without a caller ({@code @PermitAll}).
 */
@Singleton
@PermitAll
public class PoliceRegisterUpkeep {

    @Inject
    Clock clock;

    /** Nobody in particular acts here; the audit trail names the scheduler instead of a person. */
    static final Caller SCHEDULER = new Caller("scheduler", Set.of(), Jurisdiction.none());

    private static final Logger LOG = Logger.getLogger(PoliceRegisterUpkeep.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @EJB
    AuditTrail audit;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Almaty")
    void nightly() {
        if (!runs.claim("police-register-upkeep", Duration.ofDays(1))) {
            return;
        }
        run(LocalDate.now(clock));
    }

    /** One pass as of {@code today}; callable directly so that the day can be chosen. Idempotent. */
    public Result run(LocalDate today) {
        int removed = 0;
        // The query narrows by birth date; the entity decides, so a leap-day birthday is not missed.
        for (PoliceRegistration r : em.createNamedQuery(PoliceRegistration.ACTIVE_OF_STUDENTS_BORN_BY,
                        PoliceRegistration.class)
                .setParameter("bornBy", today.minusYears(PoliceRegistration.AGE_OF_MAJORITY).plusDays(1))
                .getResultList()) {
            if (r.isDueForRemovalAt18(today)) {
                r.removeAt18();
                audit.record(SCHEDULER, AuditAction.UPDATE, PoliceRegistrationService.RECORD_TYPE, r.getId(),
                        r.getStudent().getSchool().getId());
                removed++;
            }
        }
        int anonymised = 0;
        for (PoliceRegistration r : em.createNamedQuery(PoliceRegistration.REMOVED_UNHELD_BEFORE,
                        PoliceRegistration.class)
                .setParameter("today", today)
                .getResultList()) {
            if (r.isDueForAnonymisation(today)) {
                r.anonymise(today);
                audit.record(SCHEDULER, AuditAction.UPDATE, PoliceRegistrationService.RECORD_TYPE, r.getId(),
                        r.getStudent().getSchool().getId());
                anonymised++;
            }
        }
        Result result = new Result(removed, anonymised);
        LOG.info(() -> "Police register upkeep for " + today + ": " + result);
        return result;
    }

    /** How many registrations one pass removed at 18 and how many it anonymised. */
    public record Result(int removedAt18, int anonymised) {
    }
}
