package kz.qorgau.earlywarning.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.assignment.control.Assignment;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.EvaluationDay;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.IncidentSignal;
import kz.qorgau.earlywarning.rules.SessionSignal;
import kz.qorgau.earlywarning.rules.StudentFact;
import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.sessions.entity.PsychologistSession;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/**
 * Weighs one student's recent signals with the catalogue and brings the student's open case in line with what
 * the rules found: opened, reasons attached, staff assigned. Idempotent: the same signals change nothing twice.
 */
@Stateless
public class StudentEvaluation {

    /** Kazakhstan keeps one time zone, UTC+5, since 2024; "the last 30 days" are counted in it. */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @PersistenceContext
    EntityManager em;

    @EJB
    RuleEngine engine;

    @EJB
    StudentService students;

    @EJB
    Assignment assignment;

    private final Clock clock = Clock.system(KAZAKHSTAN);

    public Optional<EarlyWarningCase> evaluate(Student student) {
        students.lockForEvaluation(student);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Thresholds thresholds = Thresholds.catalogue();
        List<Finding> findings = engine.evaluate(new EvaluationDay(today), thresholds,
                signalsOf(student, today.minusDays(thresholds.longestWindowDays()))).all();

        Optional<EarlyWarningCase> open = openCaseOf(student);
        if (findings.isEmpty()) {
            return open;
        }
        EarlyWarningCase theCase = open.orElseGet(() -> {
            EarlyWarningCase opened = new EarlyWarningCase(student, findings.get(0), now);
            em.persist(opened);
            return opened;
        });
        for (Finding finding : findings) {
            theCase.attach(finding, now);
            assignment.staff(theCase, finding.getRoles(), now);
        }
        return Optional.of(theCase);
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

    private List<Object> signalsOf(Student student, LocalDate since) {
        List<Object> facts = new ArrayList<>();
        facts.add(new StudentFact(student.getId(), student.getSchool().getId(),
                student.getFamilyId()));
        em.createQuery("""
                        select s from PsychologistSession s
                        where s.student = :student and s.sessionDate >= :since""",
                        PsychologistSession.class)
                .setParameter("student", student)
                .setParameter("since", since)
                .getResultStream()
                .map(s -> new SessionSignal(s.getId(), student.getId(), s.getSessionDate(), s.getIndicators()))
                .forEach(facts::add);
        em.createQuery("""
                        select new kz.qorgau.earlywarning.rules.IncidentSignal(i.id, p.studentId, i.occurredOn, i.timeOfDay,
                               i.type, p.role, i.source, i.onSchoolGrounds)
                        from Incident i join i.participants p
                        where p.studentId = :student and i.occurredOn >= :since""", IncidentSignal.class)
                .setParameter("student", student.getId())
                .setParameter("since", since)
                .getResultStream()
                .forEach(facts::add);
        return facts;
    }
}
