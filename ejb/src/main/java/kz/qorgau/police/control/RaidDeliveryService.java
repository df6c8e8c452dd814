package kz.qorgau.police.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

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
import kz.qorgau.police.entity.RaidDelivery;
import kz.qorgau.security.Caller;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** Raid deliveries of students to a police station, recorded by inspectors. */
@Stateless
public class RaidDeliveryService {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @EJB
    Signals signals;

    @RolesAllowed({INSPECTOR, ADMIN})
    public RaidDeliveryView record(long studentId,
                                   @NotNull(message = "{request.body.required}") @Valid NewRaidDelivery delivery,
                                   Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        RaidDelivery recorded = new RaidDelivery(student, delivery, caller.username());
        signals.record(recorded, RaidDelivery::getId, "raid-delivery", List.of(student), caller);
        return view(recorded);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<RaidDeliveryView> listFor(long studentId, int page, int size, Caller caller) {
        Student student = students.requireVisible(studentId, caller);
        audit.record(caller, AuditAction.READ, "student-raid-deliveries", studentId, student.getSchool().getId());
        return em.createQuery("""
                        select d from RaidDelivery d
                        where d.student = :student
                        order by d.deliveredOn desc, d.id desc""", RaidDelivery.class)
                .setParameter("student", student)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(RaidDeliveryService::view)
                .toList();
    }

    private static RaidDeliveryView view(RaidDelivery d) {
        return new RaidDeliveryView(d.getId(), d.getStudent().getId(), d.getDeliveredOn(), d.getReason(),
                d.getPoliceUnit(), d.getRecordedBy());
    }
}
