package kz.qorgau.earlywarning.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.assignment.control.Assignment;
import kz.qorgau.cases.control.CaseEscalations;
import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.control.ReasonReviews;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.concealment.entity.PossibleConcealment;
import kz.qorgau.earlywarning.rules.Escalation;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.schools.entity.School;
import kz.qorgau.students.entity.Student;

/**
 * Brings students' cases in line with what the rules found, in the caller's transaction: a new case, new reasons
 * on the open one, a recently closed case reopened, staff assigned, escalations for want of staff, concealment flags
 * raised; each step on the case's timeline. Snoozed rules stay quiet unless their level rises. Only findings that
 * bring something new (see {@link KnownCases}) touch an entity, so applying the same findings twice changes nothing.
 */
@Stateless
public class CaseUpdates {

    @PersistenceContext
    EntityManager em;

    @EJB
    Assignment assignment;

    @EJB
    CaseTimeline timeline;

    @EJB
    ReasonReviews reviews;

    @EJB
    CaseEscalations escalations;

    /** What applying one evaluation changed. */
    public record Changes(int opened, int changed, List<Long> reachedHigh) {
    }

    public Changes apply(Findings findings, KnownCases known, ThresholdsInForce thresholds, Instant now) {
        Map<Long, List<Finding>> news = findings.all().stream()
                .filter(known::isNews)
                .collect(Collectors.groupingBy(Finding::getStudentId, LinkedHashMap::new, Collectors.toList()));
        int opened = 0;
        int changed = 0;
        List<Long> reachedHigh = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, StudentEvaluation.KAZAKHSTAN);
        for (Map.Entry<Long, List<Finding>> student : news.entrySet()) {
            List<Finding> found = unsnoozed(student.getKey(), student.getValue(), today);
            if (found.isEmpty()) {
                continue;
            }
            Student locked = em.find(Student.class, student.getKey(), LockModeType.PESSIMISTIC_WRITE);
            Optional<EarlyWarningCase> open = openCaseOf(locked);
            Level before = open.map(EarlyWarningCase::getLevel).orElse(null);
            EarlyWarningCase theCase = open
                    .or(() -> reopenable(locked, now, thresholds.values().getReopenWithinDays()))
                    .orElse(null);
            if (theCase == null) {
                theCase = new EarlyWarningCase(locked, found.get(0), thresholds.version(), now);
                em.persist(theCase);
                timeline.record(theCase, CaseEventType.OPENED, CaseTimeline.SYSTEM, now, theCase.getLevel().name());
                opened++;
            } else {
                if (theCase.getStatus() == CaseStatus.CLOSED) {
                    theCase.reopen(now);
                    timeline.record(theCase, CaseEventType.REOPENED, CaseTimeline.SYSTEM, now);
                }
                changed++;
            }
            Level was = theCase.getLevel();
            for (Finding finding : found) {
                boolean newReason = theCase.reasonFor(finding.getRuleId()).isEmpty();
                theCase.attach(finding, thresholds.version(), now);
                if (newReason) {
                    timeline.record(theCase, CaseEventType.REASON_ATTACHED, CaseTimeline.SYSTEM, now,
                            finding.getRuleId(), finding.getLevel().name());
                }
                assignment.staff(theCase, finding.getRoles(), now);
            }
            if (theCase.getLevel().isAbove(was)) {
                timeline.record(theCase, CaseEventType.LEVEL_RAISED, CaseTimeline.SYSTEM, now, was.name(),
                        theCase.getLevel().name());
            }
            if (theCase.getLevel().compareTo(Level.HIGH) >= 0 && (before == null || before.compareTo(Level.HIGH) < 0)) {
                reachedHigh.add(locked.getId());
            }
        }
        // EW-12: nobody designated for a role a HIGH or CRITICAL case needs; the coordinator hears of it once.
        for (Escalation escalation : findings.escalations()) {
            if (known.isNews(escalation)) {
                openCaseOf(em.getReference(Student.class, escalation.studentId())).ifPresent(c -> escalations.escalate(
                        c, escalation.ruleId(), escalation.target(), escalation.missingRoles(), now));
            }
        }
        findings.concealments().stream().filter(known::isNews).forEach(flag -> em.persist(new PossibleConcealment(
                flag.studentId(), em.getReference(School.class, flag.schoolId()), flag.incidentId(), flag.ruleId(),
                now)));
        em.flush();
        return new Changes(opened, changed, reachedHigh);
    }

    /** The findings a person has not snoozed: a snoozed rule raises again only at a higher level (DESIGN.md 3). */
    private List<Finding> unsnoozed(long studentId, List<Finding> found, LocalDate today) {
        Map<String, Level> snoozed = reviews.snoozedRules(studentId, today);
        if (snoozed.isEmpty()) {
            return found;
        }
        return found.stream()
                .filter(f -> !snoozed.containsKey(f.getRuleId()) || f.getLevel().isAbove(snoozed.get(f.getRuleId())))
                .toList();
    }

    public Optional<EarlyWarningCase> openCaseOf(Student student) {
        return em.createQuery("""
                        select c from EarlyWarningCase c
                        where c.student = :student and c.status <> :closed""", EarlyWarningCase.class)
                .setParameter("student", student)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultStream()
                .findFirst();
    }

    /** The student's case closed within the reopening window, latest first: a new signal reopens it. */
    private Optional<EarlyWarningCase> reopenable(Student student, Instant now, int withinDays) {
        return em.createQuery("""
                        select c from EarlyWarningCase c
                        where c.student = :student and c.status = :closed and c.closedAt >= :since
                        order by c.closedAt desc""", EarlyWarningCase.class)
                .setParameter("student", student)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("since", now.minus(Duration.ofDays(withinDays)))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
