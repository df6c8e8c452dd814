package kz.qorgau.imports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Student;

/**
 * Imports a school's student roster (docs/PRODUCT.md section 7): a new IIN opens a student's file at the row's school,
 * a known one has its names and class corrected; every row validated and reported, nothing applied unless the
 * mode allows it, all in one transaction, and the same file twice adds nothing. Rosters are a school's or a
 * district's classes, so the students are written as entities: their change history is kept as for any edit.
 */
@Stateless
@RolesAllowed({SCHOOL_ADMIN, COORDINATOR, ADMIN})
public class RosterImport {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentIndex students;

    @EJB
    AppliedFiles files;

    public ImportReport importFile(IncomingFile file, ImportMode mode, Locale locale, Caller caller) {
        try (Upload upload = file.receive()) {
            return importUpload(upload, mode, locale, caller);
        }
    }

    private ImportReport importUpload(Upload upload, ImportMode mode, Locale locale, Caller caller) {
        return files.importFile(ImportKind.ROSTER, null, upload, mode, locale, caller, RosterColumn.HEADERS,
                () -> new RosterRowCheck(
                        students.byIin(caller, null, s -> new RosterRowCheck.Placement(s.id(), s.schoolId())),
                        schoolIds(caller), this::registered)::check,
                RosterRow.class, accepted -> accepted.forEach(this::apply));
    }

    private void apply(RosterRow row) {
        if (row.isNew()) {
            em.persist(new Student(row.iin(), row.name(), null, null,
                    em.getReference(School.class, row.schoolId()), row.grade(), row.classLetter()));
        } else {
            em.find(Student.class, row.studentId()).correct(row.name(), row.grade(), row.classLetter());
        }
    }

    private Set<Long> schoolIds(Caller caller) {
        return new HashSet<>(JurisdictionQuery.create(em, """
                        select sc.id from School sc join sc.district d
                        where %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        Long.class, caller.jurisdiction()).getResultList());
    }

    /** Asked only for IINs outside the caller's jurisdiction: new students, or another school's. */
    private boolean registered(String iin) {
        return !em.createQuery("select s.id from Student s where s.iin = :iin", Long.class)
                .setParameter("iin", Iin.parse(iin))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
