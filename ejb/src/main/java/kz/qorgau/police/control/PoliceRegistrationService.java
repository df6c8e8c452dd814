package kz.qorgau.police.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.police.entity.PoliceRegistration;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** The police register of students: registration, removal and legal hold, each change audited. */
@Stateless
public class PoliceRegistrationService {

    static final String RECORD_TYPE = "police-registration";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @EJB
    Signals signals;

    @RolesAllowed({INSPECTOR, ADMIN})
    public PoliceRegistrationView register(long studentId,
                                           @NotNull(message = "{request.body.required}") @Valid NewPoliceRegistration request,
                                           Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        PoliceRegistration registration = PoliceRegistration.open(student, activeOf(student), request,
                caller.username());
        signals.record(registration, PoliceRegistration::getId, RECORD_TYPE, List.of(student), caller);
        return PoliceRegistrationView.of(registration);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<PoliceRegistrationView> listFor(long studentId, int page, int size, Caller caller) {
        Student student = students.requireVisible(studentId, caller);
        audit.record(caller, AuditAction.READ, "student-police-registrations", studentId, student.getSchool().getId());
        return em.createQuery("""
                        select r from PoliceRegistration r
                        where r.student = :student
                        order by r.registeredOn desc, r.id desc""", PoliceRegistration.class)
                .setParameter("student", student)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(PoliceRegistrationView::of)
                .toList();
    }

    @RolesAllowed({INSPECTOR, ADMIN})
    public PoliceRegistrationView remove(long id, @NotNull(message = "{request.body.required}") @Valid Removal removal,
                                         Caller caller) {
        PoliceRegistration registration = requireVisible(id, caller);
        registration.remove(removal.date(), removal.ground(), removal.note());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, registration.getStudent().getSchool().getId());
        return PoliceRegistrationView.of(registration);
    }

    @RolesAllowed(ADMIN)
    public PoliceRegistrationView holdForLegalReasons(long id,
                                                      @NotNull(message = "{request.body.required}") @Valid LegalHold hold,
                                                      Caller caller) {
        PoliceRegistration registration = requireVisible(id, caller);
        registration.holdForLegalReasons(hold.held());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, registration.getStudent().getSchool().getId());
        return PoliceRegistrationView.of(registration);
    }

    /** @throws RecordNotFound when the registration does not exist or its student lies outside the jurisdiction */
    private PoliceRegistration requireVisible(long id, Caller caller) {
        return JurisdictionQuery.findWithin(em, PoliceRegistration.class, "student.school", id, caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private Optional<PoliceRegistration> activeOf(Student student) {
        return em.createQuery("""
                        select r from PoliceRegistration r
                        where r.student = :student and r.removedOn is null""", PoliceRegistration.class)
                .setParameter("student", student)
                .getResultList().stream()
                .findFirst();
    }
}
