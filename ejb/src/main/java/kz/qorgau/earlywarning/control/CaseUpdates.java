package kz.qorgau.earlywarning.control;

import java.time.Duration;
import java.time.Instant;
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
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.concealment.entity.PossibleConcealment;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.schools.entity.School;
import kz.qorgau.students.entity.Student;

/**
 * Brings students' cases in line with what the rules found, in the caller's transaction: a new case, new reasons
 * on the open one, a recently closed case reopened, staff assigned, concealment flags raised. Only findings that
 * bring something new (see {@link KnownCases}) touch an entity, so applying the same findings twice changes nothing.
 */
@Stateless
public class CaseUpdates {

    @PersistenceContext
    EntityManager em;

    @EJB
    Assignment assignment;

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
        for (Map.Entry<Long, List<Finding>> student : news.entrySet()) {
            Student locked = em.find(Student.class, student.getKey(), LockModeType.PESSIMISTIC_WRITE);
            Optional<EarlyWarningCase> open = openCaseOf(locked);
            Level before = open.map(EarlyWarningCase::getLevel).orElse(null);
            EarlyWarningCase theCase = open
                    .or(() -> reopenable(locked, now, thresholds.values().getReopenWithinDays()))
                    .orElse(null);
            List<Finding> found = student.getValue();
            if (theCase == null) {
                theCase = new EarlyWarningCase(locked, found.get(0), thresholds.version(), now);
                em.persist(theCase);
                opened++;
            } else {
                if (theCase.getStatus() == CaseStatus.CLOSED) {
                    theCase.reopen(now);
                }
                changed++;
            }
            for (Finding finding : found) {
                theCase.attach(finding, thresholds.version(), now);
                assignment.staff(theCase, finding.getRoles(), now);
            }
            if (theCase.getLevel().compareTo(Level.HIGH) >= 0 && (before == null || before.compareTo(Level.HIGH) < 0)) {
                reachedHigh.add(locked.getId());
            }
        }
        findings.concealments().stream().filter(known::isNews).forEach(flag -> em.persist(new PossibleConcealment(
                flag.studentId(), em.getReference(School.class, flag.schoolId()), flag.incidentId(), flag.ruleId(),
                now)));
        em.flush();
        return new Changes(opened, changed, reachedHigh);
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
