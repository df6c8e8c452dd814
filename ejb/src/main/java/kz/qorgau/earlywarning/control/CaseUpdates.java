package kz.qorgau.earlywarning.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.assignment.control.Assignment;
import kz.qorgau.assignment.control.StaffRound;
import kz.qorgau.cases.control.CaseEscalations;
import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.control.OpenCases;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.concealment.control.ConcealmentFlags;
import kz.qorgau.earlywarning.rules.Escalation;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.people.control.People;
import kz.qorgau.students.entity.Student;
import kz.qorgau.thresholds.control.ThresholdsInForce;

/**
 * Brings students' cases in line with what the rules found, in the caller's transaction: a new case, new reasons
 * on the open one, a recently closed case reopened, staff assigned, escalations for want of staff, concealment flags
 * raised or withdrawn; each step on the case's timeline. Snoozed rules stay quiet unless their level rises. Only
 * findings that bring something new (see {@link KnownCases}) touch an entity, so applying the same findings twice changes nothing.
 * Internal ({@code @PermitAll}): called by the student evaluation and the region evaluation's batch job.
 */
@Stateless
@PermitAll
public class CaseUpdates {

    @PersistenceContext
    EntityManager em;

    @EJB
    OpenCases openCases;

    @EJB
    Assignment assignment;

    @EJB
    CaseTimeline timeline;

    @EJB
    CaseEscalations escalations;

    @EJB
    ConcealmentFlags flags;

    /** What applying one evaluation changed. */
    public record Changes(int opened, int changed, List<Long> reachedHigh) {

        static final Changes NONE = new Changes(0, 0, List.of());

        Changes plus(Changes other) {
            List<Long> high = new ArrayList<>(reachedHigh);
            high.addAll(other.reachedHigh);
            return new Changes(opened + other.opened, changed + other.changed, high);
        }
    }

    public Changes apply(Findings findings, KnownCases known, ThresholdsInForce thresholds, Instant now) {
        Map<Long, List<Finding>> news = findings.all().stream()
                .filter(known::isNews)
                .collect(Collectors.groupingBy(Finding::getStudentId, LinkedHashMap::new, Collectors.toList()));
        List<Escalation> escalating = findings.escalations().stream().filter(known::isNews).toList();
        // Nothing here needs to see its own writes before the end, and a flush before every query would cost a
        // round of inserts per case when a file opens thousands of them.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            // Locked before their cases are read: another evaluation of the same child may be about to commit one.
            Map<Long, Student> students = lock(news.keySet());
            Map<Long, EarlyWarningCase> casesOf = casesOf(news.keySet(), now,
                    thresholds.values().getReopenWithinDays());
            Changes changes = attach(news, students, casesOf, thresholds, now);
            escalate(escalating, casesOf, now);
            findings.concealments().stream().filter(known::isNews).forEach(flag -> flags.raise(flag, now));
            findings.withdrawals().forEach(withdrawal -> flags.withdraw(withdrawal, now));
            em.flush();
            return changes;
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    private Changes attach(Map<Long, List<Finding>> news, Map<Long, Student> students,
                           Map<Long, EarlyWarningCase> casesOf, ThresholdsInForce thresholds, Instant now) {
        if (news.isEmpty()) {
            return Changes.NONE;
        }
        StaffRound round = assignment.round(students.values().stream().map(s -> s.getSchool().getId())
                .collect(Collectors.toSet()));
        int opened = 0;
        int changed = 0;
        List<Long> reachedHigh = new ArrayList<>();
        for (Map.Entry<Long, List<Finding>> student : news.entrySet()) {
            List<Finding> found = student.getValue();
            EarlyWarningCase theCase = casesOf.get(student.getKey());
            Level before = theCase == null || theCase.getStatus() == CaseStatus.CLOSED ? null : theCase.getLevel();
            if (theCase == null) {
                theCase = new EarlyWarningCase(students.get(student.getKey()), found.get(0), thresholds.version(), now);
                em.persist(theCase);
                casesOf.put(student.getKey(), theCase);
                timeline.record(theCase, CaseEventType.OPENED, People.SYSTEM, now, theCase.getLevel().name());
                opened++;
            } else {
                if (theCase.getStatus() == CaseStatus.CLOSED) {
                    theCase.reopen(now, found.stream().map(Finding::getFirstContact).min(Comparator.naturalOrder())
                            .orElseThrow());
                    timeline.record(theCase, CaseEventType.REOPENED, People.SYSTEM, now);
                }
                changed++;
            }
            Level was = theCase.getLevel();
            for (Finding finding : found) {
                boolean newReason = theCase.reasonFor(finding.getRuleId()).isEmpty();
                theCase.attach(finding, thresholds.version(), now);
                if (newReason) {
                    timeline.record(theCase, CaseEventType.REASON_ATTACHED, People.SYSTEM, now,
                            finding.getRuleId(), finding.getLevel().name());
                }
                assignment.staff(theCase, finding.getRoles(), now, round);
            }
            if (theCase.getLevel().isAbove(was)) {
                timeline.record(theCase, CaseEventType.LEVEL_RAISED, People.SYSTEM, now, was.name(),
                        theCase.getLevel().name());
            }
            if (theCase.getLevel().compareTo(Level.HIGH) >= 0 && (before == null || before.compareTo(Level.HIGH) < 0)) {
                reachedHigh.add(student.getKey());
            }
        }
        return new Changes(opened, changed, reachedHigh);
    }

    /**
     * EW-12: nobody designated for a role a case needs; the school's administrator or the coordinator hears of it
     * once per episode. A student's escalations by one rule go together, so that each missing role is named once.
     */
    private void escalate(List<Escalation> escalating, Map<Long, EarlyWarningCase> casesOf, Instant now) {
        Map<Long, Map<String, List<Escalation>>> byStudent = escalating.stream().collect(Collectors.groupingBy(
                Escalation::studentId, LinkedHashMap::new,
                Collectors.groupingBy(Escalation::ruleId, LinkedHashMap::new, Collectors.toList())));
        byStudent.forEach((studentId, byRule) -> Optional.ofNullable(casesOf.get(studentId))
                .or(() -> openCaseOf(em.getReference(Student.class, studentId)))
                .filter(c -> c.getStatus() != CaseStatus.CLOSED)
                .ifPresent(c -> byRule.forEach((ruleId, some) -> escalations.escalate(c, ruleId,
                        some.stream().map(Escalation::target).collect(Collectors.toCollection(
                                () -> EnumSet.noneOf(EscalationTarget.class))),
                        some.stream().flatMap(e -> e.missingRoles().stream()).collect(Collectors.toCollection(
                                () -> EnumSet.noneOf(StaffRole.class))), now))));
    }

    /** The students, locked until the transaction ends and in id order, so that two evaluations never race. */
    private Map<Long, Student> lock(Collection<Long> ids) {
        Map<Long, Student> students = new HashMap<>();
        if (ids.isEmpty()) {
            return students;
        }
        em.createQuery("select s from Student s where s.id in :ids order by s.id", Student.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .forEach(s -> students.put(s.getId(), s));
        return students;
    }

    /**
     * Each student's open case or, failing one, the case closed within the reopening window, latest first: a new
     * signal reopens it rather than open another.
     */
    private Map<Long, EarlyWarningCase> casesOf(Collection<Long> ids, Instant now, int reopenWithinDays) {
        Map<Long, EarlyWarningCase> cases = new HashMap<>();
        if (ids.isEmpty()) {
            return cases;
        }
        em.createQuery("""
                        select c from EarlyWarningCase c
                        where c.student.id in :ids and (c.status <> :closed or c.closedAt >= :since)
                        order by c.closedAt desc nulls first""", EarlyWarningCase.class)
                .setParameter("ids", ids)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("since", now.minus(Duration.ofDays(reopenWithinDays)))
                .getResultList().stream()
                .forEach(c -> cases.putIfAbsent(c.getStudent().getId(), c));
        return cases;
    }

    public Optional<EarlyWarningCase> openCaseOf(Student student) {
        return openCases.of(student);
    }

}
