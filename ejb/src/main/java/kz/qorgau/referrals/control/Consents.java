package kz.qorgau.referrals.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.referrals.entity.GuardianConsent;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** A child's consents and withdrawals, each a record of its own: the history is never rewritten. */
@Stateless
public class Consents {

    static final String RECORD_TYPE = "guardian-consent";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public ConsentView record(long studentId, @NotNull(message = "{request.body.required}") @Valid NewConsent request,
                              Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        GuardianConsent consent = new GuardianConsent(student, request.guardianName(), request.givenOn(),
                request.how(), request.witness(), Boolean.TRUE.equals(request.withdrawal()), caller.username(),
                clock.instant());
        em.persist(consent);
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, consent.getId(), student.getSchool().getId());
        return ConsentView.of(consent);
    }

    /** Oldest first, withdrawals included. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ConsentView> historyOf(long studentId, int page, int size, Caller caller) {
        Student student = students.requireVisible(studentId, caller);
        audit.record(caller, AuditAction.READ, "student-consents", studentId, student.getSchool().getId());
        return em.createQuery("""
                        select c from GuardianConsent c
                        where c.student = :student
                        order by c.recordedAt, c.id""", GuardianConsent.class)
                .setParameter("student", student)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(ConsentView::of)
                .toList();
    }
}
