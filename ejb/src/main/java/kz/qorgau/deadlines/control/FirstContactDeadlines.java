package kz.qorgau.deadlines.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.control.CaseEscalations;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.control.RuleEngine;
import kz.qorgau.earlywarning.rules.Escalation;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Now;
import kz.qorgau.earlywarning.rules.OpenCase;
import kz.qorgau.platform.control.ScheduledRuns;

/**
 * Rule EW-10 on a timer: every open case still waiting for its first contact goes through the deadline rule, and
 * the escalations it calls for are stored (each once) and put on the case's timeline. A singleton, so that the
 * timer and an operator's run after downtime never overlap.
 */
@Singleton
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
public class FirstContactDeadlines {

    private static final Logger LOG = Logger.getLogger(FirstContactDeadlines.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @EJB
    RuleEngine engine;

    @EJB
    CaseEscalations escalations;

    /** Persistent, so that it fires on one node of a cluster; the slot is claimed so that its work is done once. */
    @Schedule(minute = "*/5", hour = "*")
    void onSchedule() {
        if (!runs.claim("first-contact-deadlines", Duration.ofMinutes(5))) {
            return;
        }
        DeadlineCheck check = check(Instant.now());
        if (check.escalationsAdded() > 0) {
            LOG.info(() -> "First-contact deadlines: " + check);
        }
    }

    @RolesAllowed(ADMIN)
    public DeadlineCheck check(Instant now) {
        List<OpenCase> waiting = em.createQuery("""
                        select new kz.qorgau.earlywarning.rules.OpenCase(c.id, c.student.id, c.level, c.openedAt,
                               c.firstContactDue, c.firstContactAt)
                        from EarlyWarningCase c
                        where c.status <> :closed and c.firstContactAt is null""", OpenCase.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
        Findings findings = engine.checkDeadlines(new Now(now), waiting);
        Set<String> known = escalatedWhileWaiting();
        int added = 0;
        for (Escalation escalation : findings.escalations()) {
            if (known.contains(key(escalation.caseId(), escalation.ruleId(), escalation.target()))) {
                continue;
            }
            EarlyWarningCase c = em.find(EarlyWarningCase.class, escalation.caseId());
            if (escalations.escalate(c, escalation.ruleId(), escalation.target(), escalation.missingRoles(), now)) {
                added++;
            }
        }
        return new DeadlineCheck(now, waiting.size(), findings.escalations().size(), added);
    }

    /**
     * The escalations the waiting cases already have, read at once: an overdue case stays overdue for many runs,
     * and each run should not look its escalations up one by one.
     */
    private Set<String> escalatedWhileWaiting() {
        return em.createQuery("""
                        select e.earlyWarningCase.id, e.ruleId, e.target from CaseEscalation e
                        where e.earlyWarningCase.status <> :closed and e.earlyWarningCase.firstContactAt is null
                          and e.escalatedAt >= e.earlyWarningCase.episodeStartedAt""",
                        Object[].class)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList().stream()
                .map(row -> key((Long) row[0], (String) row[1], (EscalationTarget) row[2]))
                .collect(Collectors.toSet());
    }

    private static String key(long caseId, String ruleId, EscalationTarget target) {
        return caseId + "/" + ruleId + "/" + target;
    }
}
