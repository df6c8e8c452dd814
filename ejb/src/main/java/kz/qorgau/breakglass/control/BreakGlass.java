package kz.qorgau.breakglass.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.breakglass.entity.BreakGlassGrant;
import kz.qorgau.notices.control.Notices;
import kz.qorgau.notices.entity.Notice;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Student;

/**
 * Opens a student's file to someone outside its jurisdiction in an emergency: the reason is required, the access
 * lasts {@link BreakGlassGrant#VALIDITY}, the opening is an audit event of the student's school, and the school's
 * supervisors get a notice naming who, whom and why.
 */
@Stateless
@RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR})
public class BreakGlass {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Notices notices;

    public BreakGlassView open(@NotNull(message = "{request.body.required}") @Valid BreakGlassRequest request,
                               Caller caller) {
        Iin iin = Iin.parse(request.iin().strip());
        Student student = em.createQuery("select s from Student s where s.iin = :iin", Student.class)
                .setParameter("iin", iin)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("student-iin", iin.digits()));
        if (student.getSchool().isWithin(caller.jurisdiction())) {
            throw new InvalidInput("breakglass.not-needed", iin.digits());
        }
        BreakGlassGrant grant = new BreakGlassGrant(caller.username(), student, request.reason().strip(), Instant.now());
        em.persist(grant);
        audit.record(caller, AuditAction.BREAK_GLASS, "student", student.getId(), student.getSchool().getId());
        notices.send(new Notice(student.getSchool(), "notice.break-glass", "student", student.getId(),
                caller.username(), student.getName().full(), grant.getReason()));
        return BreakGlassView.of(grant);
    }
}
