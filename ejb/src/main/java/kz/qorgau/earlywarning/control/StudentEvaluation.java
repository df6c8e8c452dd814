package kz.qorgau.earlywarning.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.EvaluationDay;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.signals.control.SignalsRecorded;
import kz.qorgau.students.entity.Student;
import kz.qorgau.thresholds.control.ActiveThresholds;
import kz.qorgau.thresholds.control.ThresholdsInForce;

/**
 * Evaluates students at once when a signal about them arrives (a session, an incident, an imported file; see
 * {@link SignalsRecorded}) and brings their cases in line with what the rules found, in the caller's transaction,
 * so the case is there when the request returns. Idempotent: the same signals change nothing twice. Internal
 * ({@code @PermitAll}): signals reach it as events; the region evaluation's batch job and the demo loader call it.
 */
@Stateless
@PermitAll
public class StudentEvaluation {

    /** Students evaluated per statement when a file brings signals about many. */
    private static final int BLOCK = 1_000;

    @PersistenceContext
    EntityManager em;

    /** Within a transaction the container hands out the connection the entity manager writes on. */
    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    @EJB
    RuleEngine engine;

    @EJB
    CaseUpdates updates;

    @EJB
    ActiveThresholds thresholds;

    /** "The last 30 days" are counted in Kazakhstan's days. */
    @Inject
    Clock clock;

    public Optional<EarlyWarningCase> evaluate(Student student) {
        evaluate(List.of(student.getId()));
        return updates.openCaseOf(student);
    }

    /**
     * Evaluates a student a new record concerns and tells what it did to their case; empty when they have no open
     * case after. The case before is read as figures, not as an entity, so that the evaluation reads it afresh
     * under its lock.
     */
    public Optional<CaseEffect> weigh(Student student) {
        CaseEffect.Before before = em.createQuery("""
                        select c.id, c.level from EarlyWarningCase c
                        where c.student = :student and c.status <> :closed""", Object[].class)
                .setParameter("student", student)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList().stream()
                .map(row -> new CaseEffect.Before((Long) row[0], (Level) row[1]))
                .findFirst().orElse(null);
        return evaluate(student).map(after -> CaseEffect.of(before, after));
    }

    /** Brings the cases of the students new signals concern in line, in the transaction that recorded them. */
    public void onSignals(@Observes SignalsRecorded signals) {
        for (Student student : signals.weighed()) {
            weigh(student).ifPresent(signals::effect);
        }
        if (!signals.evaluated().isEmpty()) {
            evaluate(signals.evaluated());
        }
    }

    /**
     * Evaluates the given students in blocks. When a child's case reaches HIGH or CRITICAL, the brothers and sisters
     * are evaluated too, so that their social pedagogue gets the review of rule EW-13 at once.
     *
     * @return what the evaluation changed, the siblings' cases included
     */
    public CaseUpdates.Changes evaluate(Collection<Long> studentIds) {
        em.flush();
        ThresholdsInForce inForce = thresholds.current();
        List<Long> ids = List.copyOf(studentIds);
        CaseUpdates.Changes changes = CaseUpdates.Changes.NONE;
        for (int from = 0; from < ids.size(); from += BLOCK) {
            List<Long> block = ids.subList(from, Math.min(from + BLOCK, ids.size()));
            changes = changes.plus(evaluateBlock(block, inForce));
        }
        return changes.plus(evaluateSiblingsOf(changes.reachedHigh()));
    }

    /**
     * The brothers and sisters of children whose case just reached HIGH or CRITICAL get their review (EW-13).
     *
     * @return what that changed in the siblings' cases
     */
    public CaseUpdates.Changes evaluateSiblingsOf(List<Long> reachedHigh) {
        List<Long> siblings = siblingsOf(reachedHigh);
        return siblings.isEmpty() ? CaseUpdates.Changes.NONE : evaluate(siblings);
    }

    private CaseUpdates.Changes evaluateBlock(List<Long> block, ThresholdsInForce inForce) {
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = database.getConnection()) {
            Findings findings = engine.evaluate(new EvaluationDay(today), inForce.values(),
                    RegionSignals.ofStudents(connection, block, today, inForce.values()));
            return updates.apply(findings, KnownCases.of(connection, block, today), inForce, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("students " + block + " could not be evaluated", e);
        }
    }

    /**
     * The brothers and sisters of these children, each other included: two siblings who reach HIGH together in one
     * block must still review each other.
     */
    private List<Long> siblingsOf(List<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select distinct sib.id from Student s, Student sib
                        where s.id in :ids and sib.familyId = s.familyId and sib.id <> s.id""", Long.class)
                .setParameter("ids", studentIds)
                .getResultList();
    }
}
