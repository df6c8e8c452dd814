package kz.qorgau.sessions.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.cases.control.Weighed;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.sessions.entity.PsychologistSession;
import kz.qorgau.sessions.entity.SessionAddendum;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/**
 * Psychologist sessions: recorded by the student's psychologists, each one evaluated by the rules at once, and
 * corrected only by addenda.
 */
@Stateless
public class SessionService {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    Signals signals;

    @EJB
    AuditTrail audit;

    @RolesAllowed(PSYCHOLOGIST)
    public Weighed<SessionView> record(long studentId, @NotNull(message = "{request.body.required}") @Valid SessionRecord record,
                              Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        requirePsychologistOf(student, caller);
        if (record.followUpDate() != null && record.followUpDate().isBefore(record.date())) {
            throw new InvalidInput("session.follow-up-before-session", record.followUpDate(), record.date());
        }
        PsychologistSession session = new PsychologistSession(student, record, caller.username());
        List<CaseEffect> effect = signals.record(session, PsychologistSession::getId, "psychologist-session",
                List.of(student), caller);
        return new Weighed<>(SessionView.of(session, true), effect);
    }

    /** Adds to a session's note; the note and the earlier addenda stay exactly as they were. */
    @RolesAllowed(PSYCHOLOGIST)
    public AddendumView addAddendum(long studentId, long sessionId,
                                    @NotNull(message = "{request.body.required}") @Valid NewAddendum addendum,
                                    Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        requirePsychologistOf(student, caller);
        PsychologistSession session = em.find(PsychologistSession.class, sessionId);
        if (session == null || !session.getStudent().getId().equals(student.getId())) {
            throw new RecordNotFound("psychologist-session", String.valueOf(sessionId));
        }
        SessionAddendum appended = session.append(addendum.text(), caller.username(), Instant.now());
        em.persist(appended);
        em.flush();
        audit.record(caller, AuditAction.CREATE, "session-addendum", appended.getId(), student.getSchool().getId());
        return AddendumView.of(appended, true);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<SessionView> listFor(long studentId, int page, int size, Caller caller) {
        Student student = students.requireReadable(studentId, caller);
        boolean schoolPsychologist = caller.isPsychologistOf(student.getSchool().getId());
        audit.record(caller, AuditAction.READ, "student-sessions", studentId, student.getSchool().getId());
        return em.createQuery("""
                        select s from PsychologistSession s
                        where s.student = :student
                        order by s.sessionDate desc, s.id desc""", PsychologistSession.class)
                .setParameter("student", student)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(s -> SessionView.of(s, schoolPsychologist || s.getAuthor().equals(caller.username())))
                .toList();
    }

    private static void requirePsychologistOf(Student student, Caller caller) {
        if (!caller.isPsychologistOf(student.getSchool().getId())) {
            throw new NotPermitted("session.not-psychologist-of-school");
        }
    }
}
