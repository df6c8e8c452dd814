package kz.qorgau.students.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.Like;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Grants;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Student;

/**
 * Opens student files and finds them within the caller's jurisdiction. The lookups for other beans are
 * {@code @PermitAll}: those beans declare the roles of their own requests.
 */
@Stateless
public class StudentService {

    static final String RECORD_TYPE = "student";

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    AuditTrail audit;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
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
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, student.getId(), school.getId());
        return student;
    }

    /** Reading a child's file is itself a recorded event (docs/PRODUCT.md section 5). */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public Student readFile(long id, Caller caller) {
        Student student = requireReadable(id, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id, student.getSchool().getId());
        return student;
    }

    /**
     * For reading only: within jurisdiction, or under a valid break-glass grant of the caller.
     *
     * @throws RecordNotFound otherwise, as if the student did not exist
     */
    @PermitAll
    public Student requireReadable(long id, Caller caller) {
        TypedQuery<Student> readable = JurisdictionQuery.create(em, """
                select s from Student s join fetch s.school sc join fetch sc.district d
                where s.id = :id and (%s or %s)""".formatted(JurisdictionQuery.SCHOOL_WITHIN, Grants.HELD_FOR_STUDENT),
                Student.class, caller.jurisdiction());
        return Grants.bind(readable, caller.username(), Instant.now())
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /** @throws RecordNotFound when the student does not exist or lies outside the caller's jurisdiction */
    @PermitAll
    public Student requireVisible(long id, Caller caller) {
        return findVisible(id, caller).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /**
     * For recording: within jurisdiction and not merged into another file.
     *
     * @throws RecordNotFound as {@link #requireVisible}
     */
    @PermitAll
    public Student requireWritable(long id, Caller caller) {
        return requireVisible(id, caller).requireNotMerged();
    }

    /** Found and scoped in one query: a student outside the jurisdiction is refused as fast as a missing one. */
    @PermitAll
    public Optional<Student> findVisible(long id, Caller caller) {
        return JurisdictionQuery.findWithin(em, Student.class, "school", id, caller.jurisdiction());
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, ADMIN})
    public Student correct(long id, @NotNull(message = "{request.body.required}") @Valid StudentUpdate update,
                           Caller caller) {
        Student student = requireWritable(id, caller);
        if (update.version() != student.getVersion()) {
            throw new StaleRecord(RECORD_TYPE, id, student.getVersion());
        }
        student.correct(new PersonName(update.lastName().strip(), update.firstName().strip(), update.middleName()),
                update.grade(), update.classLetter());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, student.getSchool().getId());
        return student;
    }

    @RolesAllowed({SCHOOL_ADMIN, ADMIN})
    public Student changeStatus(long id, @NotNull(message = "{request.body.required}") @Valid StatusChange change,
                                Caller caller) {
        Student student = requireVisible(id, caller);
        student.changeStatus(change.status(), change.reason().strip());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, id, student.getSchool().getId());
        return student;
    }

    /**
     * Students of the caller's jurisdiction by exact IIN, or by a part of the name (surname and given name,
     * any case, every character literal: {@code %} is no wildcard), optionally at one school. Each search is
     * recorded with the number of files it listed.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<StudentSummary> search(String iin, String name, Long schoolId, int page, int size, Caller caller) {
        StringBuilder jpql = new StringBuilder("select s from Student s join s.school sc join sc.district d where ")
                .append(JurisdictionQuery.SCHOOL_WITHIN);
        if (iin != null && !iin.isBlank()) {
            jpql.append(" and s.iin = :iin");
        }
        if (name != null && !name.isBlank()) {
            jpql.append(" and (lower(concat(s.lastName, ' ', s.firstName)) like :name escape '" + Like.ESCAPE + "'")
                    .append(" or lower(concat(s.firstName, ' ', s.lastName)) like :name escape '" + Like.ESCAPE + "')");
        }
        if (schoolId != null) {
            jpql.append(" and sc.id = :school");
        }
        jpql.append(" order by s.lastName, s.firstName, s.id");
        TypedQuery<Student> query = JurisdictionQuery.create(em, jpql.toString(), Student.class, caller.jurisdiction());
        if (iin != null && !iin.isBlank()) {
            query.setParameter("iin", Iin.parse(iin.strip()));
        }
        if (name != null && !name.isBlank()) {
            query.setParameter("name", Like.containing(name.strip().toLowerCase(Locale.ROOT)));
        }
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        List<StudentSummary> found = query.setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(StudentSummary::of).toList();
        audit.recordList(caller, "student-search", found.size());
        return found;
    }

    /**
     * The student of the caller's jurisdiction a form names by IIN, recorded as a search: for the forms that name a
     * child (a trust-line report, an incident, a family, the police register), whose users may not all search. A
     * malformed IIN is refused, as a blank one would find everyone.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN, HOTLINE_OPERATOR})
    public Optional<StudentSummary> byIin(String iin, Caller caller) {
        Iin.parse(iin);
        return search(iin, null, null, 0, 1, caller).stream().findFirst();
    }

    private Optional<Student> findByIin(Iin iin) {
        return em.createQuery("select s from Student s where s.iin = :iin", Student.class)
                .setParameter("iin", iin)
                .getResultList().stream()
                .findFirst();
    }
}
