package kz.qorgau.families.control;

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
import kz.qorgau.families.entity.Family;
import kz.qorgau.families.entity.FamilyPoliceRegistration;
import kz.qorgau.families.entity.Guardian;
import kz.qorgau.families.entity.PhoneNumber;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Student;

/**
 * Family records within the caller's jurisdiction (that of the school keeping the record): guardians, social
 * flags, children, and the police register. Every change and every read is audited.
 */
@Stateless
public class FamilyService {

    static final String RECORD_TYPE = "family";
    static final String REGISTRATION_RECORD_TYPE = "family-police-registration";

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @EJB
    Signals signals;

    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public FamilyView open(@NotNull(message = "{request.body.required}") @Valid NewFamily request, Caller caller) {
        School school = schools.findVisible(request.schoolId(), caller)
                .orElseThrow(() -> new RecordNotFound("school", request.schoolId()));
        Family family = new Family(school, request.address(), request.flags());
        em.persist(family);
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, family.getId(), school.getId());
        return FamilyView.of(family);
    }

    /** Reading a family record is itself a recorded event (docs/PRODUCT.md section 5). */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public FamilyView read(long id, Caller caller) {
        Family family = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id, family.getSchool().getId());
        return FamilyView.of(family);
    }

    /** @throws StaleRecord naming the current version when the record changed since the client read it */
    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public FamilyView describe(long id, @NotNull(message = "{request.body.required}") @Valid FamilyChange change,
                               Caller caller) {
        Family family = requireVisible(id, caller);
        if (family.getVersion() != change.version()) {
            throw new StaleRecord("family", id, family.getVersion());
        }
        family.describe(change.address(), change.flags());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, family.getSchool().getId());
        return FamilyView.of(family);
    }

    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public FamilyView.GuardianView addGuardian(long id,
                                               @NotNull(message = "{request.body.required}") @Valid NewGuardian request,
                                               Caller caller) {
        Family family = requireVisible(id, caller);
        Iin iin = Iin.parse(request.iin().strip());
        PhoneNumber phone = request.phone() == null || request.phone().isBlank()
                ? null : PhoneNumber.parse(request.phone());
        Guardian guardian = family.addGuardian(
                new PersonName(request.lastName().strip(), request.firstName().strip(), request.middleName()),
                iin, request.relation(), phone);
        em.flush();
        audit.record(caller, AuditAction.CREATE, "guardian", guardian.getId(), family.getSchool().getId());
        return FamilyView.GuardianView.of(guardian);
    }

    /** The student must be visible to the caller as well: nobody adds a child they may not see. */
    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public List<FamilyMember> addMember(long id, @NotNull(message = "{request.body.required}") @Valid NewMember request,
                                       Caller caller) {
        Family family = requireVisible(id, caller);
        Student student = students.requireWritable(request.studentId(), caller);
        student.joinFamily(family.getId());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, "student", student.getId(), student.getSchool().getId());
        return visibleMembers(family, caller);
    }

    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public void removeMember(long id, long studentId, Caller caller) {
        Family family = requireVisible(id, caller);
        Student student = students.requireVisible(studentId, caller);
        student.leaveFamily(family.getId());
        audit.record(caller, AuditAction.UPDATE, "student", student.getId(), student.getSchool().getId());
    }

    /**
     * The children of the family whose files the caller may see. A sibling at a school outside the caller's
     * jurisdiction is left out, as the student's own file would be.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<FamilyMember> members(long id, Caller caller) {
        Family family = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, "family-members", id, family.getSchool().getId());
        return visibleMembers(family, caller);
    }

    @RolesAllowed({INSPECTOR, ADMIN})
    public FamilyView.RegistrationView registerWithPolice(long id,
            @NotNull(message = "{request.body.required}") @Valid PoliceRegistering request, Caller caller) {
        Family family = requireVisible(id, caller);
        FamilyPoliceRegistration registration = family.registerWithPolice(request.registeredOn(),
                request.reason().strip(), caller.username());
        em.flush();
        audit.record(caller, AuditAction.CREATE, REGISTRATION_RECORD_TYPE, registration.getId(), family.getSchool().getId());
        // Every child of a family put on the police register gets a review by their social pedagogue (EW-13).
        signals.announce(em.createQuery("select s.id from Student s where s.familyId = :family", Long.class)
                .setParameter("family", family.getId()).getResultList());
        return FamilyView.RegistrationView.of(registration);
    }

    @RolesAllowed({INSPECTOR, ADMIN})
    public FamilyView.RegistrationView removeFromPoliceRegister(long id,
            @NotNull(message = "{request.body.required}") @Valid PoliceRemoval request, Caller caller) {
        Family family = requireVisible(id, caller);
        FamilyPoliceRegistration registration = family.removeFromPoliceRegister(request.removedOn(),
                request.reason().strip(), caller.username());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, REGISTRATION_RECORD_TYPE, registration.getId(), family.getSchool().getId());
        return FamilyView.RegistrationView.of(registration);
    }

    /** @throws RecordNotFound when the family does not exist or its school lies outside the caller's jurisdiction */
    private Family requireVisible(long id, Caller caller) {
        return JurisdictionQuery.findWithin(em, Family.class, "school", id, caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private List<FamilyMember> visibleMembers(Family family, Caller caller) {
        return em.createQuery("""
                        select s from Student s
                        where s.familyId = :family
                        order by s.lastName, s.firstName, s.id""", Student.class)
                .setParameter("family", family.getId())
                .getResultList().stream()
                .filter(s -> s.getSchool().isWithin(caller.jurisdiction()))
                .map(FamilyMember::of)
                .toList();
    }
}
