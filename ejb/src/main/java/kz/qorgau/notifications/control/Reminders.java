package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.time.Clock;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.entity.CaseAssignment;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.people.control.People;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.control.ScheduledRuns;
import kz.qorgau.referrals.entity.Referral;
import kz.qorgau.referrals.entity.ReferralStatus;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.PrescriptionStatus;

/**
 * Reminders before a deadline, not only escalations after it: the assignees of a case whose first contact is due
 * within {@link #FIRST_CONTACT_AHEAD}, and the school's administration of a prescription due within
 * {@link #PRESCRIPTION_AHEAD}; and, after it, the worker whose referral the service has not answered by its due date.
 * Each person is reminded once per deadline. A singleton, so that the timer and an
 * admin's run never overlap.
 */
@Singleton
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
public class Reminders {

    static final Duration FIRST_CONTACT_AHEAD = Duration.ofHours(4);
    static final int PRESCRIPTION_AHEAD = 7;

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @EJB
    People people;

    @EJB
    NotificationFeed feed;

    @Inject
    Clock clock;

    /** Persistent, so that it fires on one node of a cluster; the slot is claimed so that its work is done once. */
    @Schedule(minute = "*/5", hour = "*")
    void onSchedule() {
        if (!runs.claim("reminders", Duration.ofMinutes(5))) {
            return;
        }
        ReminderRun run = remind(clock.instant());
        if (run.total() > 0) {
            LOG.info(() -> "Reminders: " + run);
        }
    }

    @RolesAllowed(ADMIN)
    public ReminderRun remind(Instant now) {
        return new ReminderRun(now, firstContacts(now), prescriptions(now), overdueReferrals(now));
    }

    private int firstContacts(Instant now) {
        List<EarlyWarningCase> soon = em.createQuery("""
                        select c from EarlyWarningCase c join fetch c.student s join fetch s.school
                        where c.status <> :closed and c.firstContactAt is null
                          and c.firstContactDue > :now and c.firstContactDue <= :soon""", EarlyWarningCase.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("now", now)
                .setParameter("soon", now.plus(FIRST_CONTACT_AHEAD))
                .getResultList();
        int reminded = 0;
        for (EarlyWarningCase c : soon) {
            List<String> assignees = c.getAssignments().stream().map(CaseAssignment::getUsername).toList();
            reminded += feed.notify(people.contacts(assignees), NotificationKind.FIRST_CONTACT_DUE, c.getId(),
                    c.getStudent().getSchool(), c.getFirstContactDue().toString(), now);
        }
        return reminded;
    }

    private int prescriptions(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Kazakhstan.TIME_ZONE);
        List<Prescription> soon = em.createQuery("""
                        select p from Prescription p join fetch p.school
                        where p.status = :open and p.deadline >= :today and p.deadline <= :soon""", Prescription.class)
                .setParameter("open", PrescriptionStatus.OPEN)
                .setParameter("today", today)
                .setParameter("soon", today.plusDays(PRESCRIPTION_AHEAD))
                .getResultList();
        int reminded = 0;
        if (!soon.isEmpty()) {
            var administrators = people.withRole(SCHOOL_ADMIN);
            for (Prescription p : soon) {
                reminded += feed.notify(administrators, NotificationKind.PRESCRIPTION_DUE, p.getId(), p.getSchool(),
                        p.getDeadline().toString(), now);
            }
        }
        return reminded;
    }

    /** About the case, as the referral's other notifications: the mail names the case's number only. */
    private int overdueReferrals(Instant now) {
        List<Referral> late = em.createQuery("""
                        select r from Referral r join fetch r.student s join fetch s.school
                        where r.status = :sent and r.dueOn < :today""", Referral.class)
                .setParameter("sent", ReferralStatus.SENT)
                .setParameter("today", LocalDate.ofInstant(now, Kazakhstan.TIME_ZONE))
                .getResultList();
        int reminded = 0;
        for (Referral r : late) {
            reminded += feed.notify(people.contacts(List.of(r.getReferredBy())), NotificationKind.REFERRAL_OVERDUE,
                    r.getEarlyWarningCase().getId(), r.getStudent().getSchool(),
                    "referral " + r.getId() + " due " + r.getDueOn(), now);
        }
        return reminded;
    }
}
