package kz.qorgau.sessions.control;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.security.Caller;
import kz.qorgau.sessions.entity.PsychologistSession;
import kz.qorgau.sessions.entity.SessionRecord;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** Psychologist sessions: recorded by the student's psychologists, each one evaluated by the rules at once. */
@Stateless
public class SessionService {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    StudentEvaluation evaluation;

    @EJB
    AuditTrail audit;

    public SessionView record(long studentId, @NotNull(message = "{request.body.required}") @Valid SessionRecord record,
                              Caller caller) {
        Student student = students.requireVisible(studentId, caller);
        if (!caller.isPsychologistOf(student.getSchool().getId())) {
            throw new NotPermitted("session.not-psychologist-of-school");
        }
        if (record.followUpDate() != null && record.followUpDate().isBefore(record.date())) {
            throw new InvalidInput("session.follow-up-before-session", record.followUpDate(), record.date());
        }
        PsychologistSession session = new PsychologistSession(student, record, caller.username());
        em.persist(session);
        em.flush();
        audit.record(caller, AuditAction.CREATE, "psychologist-session", session.getId(), student.getSchool());
        evaluation.evaluate(student);
        return SessionView.of(session, true);
    }

    public List<SessionView> listFor(long studentId, Caller caller) {
        Student student = students.requireReadable(studentId, caller);
        boolean schoolPsychologist = caller.isPsychologistOf(student.getSchool().getId());
        audit.record(caller, AuditAction.READ, "student-sessions", studentId, student.getSchool());
        return em.createQuery("""
                        select s from PsychologistSession s
                        where s.student = :student
                        order by s.sessionDate desc, s.id desc""", PsychologistSession.class)
                .setParameter("student", student)
                .getResultStream()
                .map(s -> SessionView.of(s, schoolPsychologist || s.getAuthor().equals(caller.username())))
                .toList();
    }
}
