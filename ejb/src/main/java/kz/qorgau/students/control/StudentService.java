package kz.qorgau.students.control;

import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Student;

/** Opens student files and finds them within the caller's jurisdiction. */
@Stateless
public class StudentService {

    static final String RECORD_TYPE = "student";

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    AuditTrail audit;

    public Student register(@NotNull(message = "{request.body.required}") @Valid NewStudent request, Caller caller) {
        Iin iin = Iin.parse(request.iin());
        School school = schools.findVisible(request.schoolId(), caller)
                .orElseThrow(() -> new RecordNotFound("school", request.schoolId()));
        if (findByIin(iin).isPresent()) {
            throw new DuplicateRecord("iin.duplicate", iin);
        }
        Student student = new Student(iin,
                new PersonName(request.lastName().strip(), request.firstName().strip(), request.middleName()),
                request.birthDate(), request.sex(), school, request.grade(), request.classLetter());
        em.persist(student);
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, student.getId());
        return student;
    }

    /** Reading a child's file is itself a recorded event (DESIGN.md section 5). */
    public Student readFile(long id, Caller caller) {
        Student student = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id);
        return student;
    }

    /** @throws RecordNotFound when the student does not exist or lies outside the caller's jurisdiction */
    public Student requireVisible(long id, Caller caller) {
        return findVisible(id, caller).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    public Optional<Student> findVisible(long id, Caller caller) {
        return Optional.ofNullable(em.find(Student.class, id))
                .filter(s -> s.getSchool().isWithin(caller.jurisdiction()));
    }

    /** The student, locked until the transaction ends, so that two signals never open two cases. */
    public Student lockForEvaluation(Student student) {
        em.lock(student, LockModeType.PESSIMISTIC_WRITE);
        return student;
    }

    private Optional<Student> findByIin(Iin iin) {
        return em.createQuery("select s from Student s where s.iin = :iin", Student.class)
                .setParameter("iin", iin)
                .getResultStream()
                .findFirst();
    }
}
