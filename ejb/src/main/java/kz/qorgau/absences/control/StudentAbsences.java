package kz.qorgau.absences.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.absences.entity.Absence;
import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** A student's imported absences, newest period first; reading them is audited as a read of the file. */
@Stateless
@RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
public class StudentAbsences {

    static final String RECORD_TYPE = "student-absences";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    /** The unexcused days of one period, as the API shows them. */
    public record AbsenceView(long id, LocalDate periodStart, LocalDate periodEnd, int unexcusedDays,
                              String importedBy, Instant importedAt) {
    }

    public List<AbsenceView> of(long studentId, int page, int size, Caller caller) {
        Student student = students.requireReadable(studentId, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, studentId, student.getSchool().getId());
        return em.createQuery("""
                        select a from Absence a
                        where a.student = :student
                        order by a.periodStart desc, a.periodEnd desc""", Absence.class)
                .setParameter("student", student)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(a -> new AbsenceView(a.getId(), a.getPeriodStart(), a.getPeriodEnd(), a.getUnexcusedDays(),
                        a.getImportedBy(), a.getImportedAt()))
                .toList();
    }
}
