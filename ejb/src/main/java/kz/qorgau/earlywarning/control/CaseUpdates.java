package kz.qorgau.earlywarning.control;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import kz.qorgau.earlywarning.rules.ConcealmentFlag;
import kz.qorgau.earlywarning.rules.Escalation;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.people.control.People;
import kz.qorgau.students.entity.Student;
import kz.qorgau.thresholds.control.ThresholdsInForce;

/**
 * Brings students' cases in line with what the rules found, in the caller's transaction: a new case, new reasons
 * on the open one, a recently closed case reopened, staff assigned, escalations for want of staff, concealment flags
 * raised; each step on the case's timeline. Snoozed rules stay quiet unless their level rises. Only findings that
 * bring something new (see {@link KnownCases}) touch an entity, so applying the same findings twice changes nothing.
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

    /** What applying one evaluation changed. */
    public record Changes(int opened, int changed, List<Long> reachedHigh) {
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
            findings.concealments().stream().filter(known::isNews).forEach(flag -> flag(flag, now));
            em.flush();
            return changes;
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    private Changes attach(Map<Long, List<Finding>> news, Map<Long, Student> students,
                           Map<Long, EarlyWarningCase> casesOf, ThresholdsInForce thresholds, Instant now) {
        if (news.isEmpty()) {
            return new Changes(0, 0, List.of());
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

    /** EW-12: nobody designated for a role a HIGH or CRITICAL case needs; the coordinator hears of it once. */
    private void escalate(List<Escalation> escalating, Map<Long, EarlyWarningCase> casesOf, Instant now) {
        for (Escalation escalation : escalating) {
            Optional.ofNullable(casesOf.get(escalation.studentId()))
                    .or(() -> openCaseOf(em.getReference(Student.class, escalation.studentId())))
                    .ifPresent(c -> escalations.escalate(c, escalation.ruleId(), escalation.target(),
                            escalation.missingRoles(), now));
        }
    }

    /** Two evaluations of the same child at once may both find the flag new; the second adds nothing. */
    private void flag(ConcealmentFlag flag, Instant now) {
        em.createNativeQuery("""
                        insert into concealment_flag (id, student_id, school_id, incident_id, rule_id, raised_at)
                        values (nextval('concealment_flag_id_seq'), ?1, ?2, ?3, ?4, ?5)
                        on conflict (student_id, incident_id) do nothing""")
                .setParameter(1, flag.studentId())
                .setParameter(2, flag.schoolId())
                .setParameter(3, flag.incidentId())
                .setParameter(4, flag.ruleId())
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
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
                .getResultStream()
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
                .getResultStream()
                .forEach(c -> cases.putIfAbsent(c.getStudent().getId(), c));
        return cases;
    }

    public Optional<EarlyWarningCase> openCaseOf(Student student) {
        return openCases.of(student);
    }

}
