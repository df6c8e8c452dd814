package kz.qorgau.duplicates.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.duplicates.entity.DuplicateSuspicion;
import kz.qorgau.duplicates.control.SameDayFiles.SameDayFile;
import kz.qorgau.duplicates.entity.SuspicionStatus;
import kz.qorgau.platform.Messages;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/**
 * The check that runs whenever a child's file is opened (docs/PRODUCT.md, "One child, one record"): files of the
 * same region whose child was born the same day and whose name matches across Kazakh, Russian and Latin spellings,
 * whatever their cases (open, closed or none). A new pair is recorded at once, so that the region's coordinator sees
 * it even when the person who opened the file may not see the other one.
 */
@Stateless
public class DuplicateCheck {

    /** Recorded in the audit trail for each look-alike file shown to a person. */
    static final String CANDIDATE = "duplicate-candidate";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public DuplicateFindings check(long studentId, Caller caller, Locale locale) {
        Student file = students.requireReadable(studentId, caller);
        if (file.getStatus() == StudentStatus.MERGED) {
            return new DuplicateFindings(List.of(), 0, null, file.getMergedIntoId());
        }
        SameDayFile opened = new SameDayFile(file.getId(), file.getName());
        for (SameDayFile alike : LookAlikes.of(opened, SameDayFiles.of(em, file),
                SameDayFile::name)) {
            SuspicionRows.add(em, file.getId(), alike.id(), caller.username(), clock.instant());
        }
        List<DuplicateCandidate> shown = new ArrayList<>();
        int elsewhere = 0;
        for (DuplicateSuspicion pair : openPairsOf(file)) {
            Student other = pair.other(file.getId());
            if (other.getStatus() == StudentStatus.MERGED) {
                continue;
            }
            School school = other.getSchool();
            if (caller.jurisdiction().coversSchool(school.getId(), school.districtId(), school.regionId())) {
                shown.add(new DuplicateCandidate(pair.getId(), FileSummary.of(other, locale)));
                audit.record(caller, AuditAction.READ, CANDIDATE, other.getId(), school.getId());
            } else {
                elsewhere++;
            }
        }
        String note = elsewhere == 0 ? null : Messages.text(locale, "duplicates.elsewhere", elsewhere);
        return new DuplicateFindings(shown, elsewhere, note, null);
    }

    private List<DuplicateSuspicion> openPairsOf(Student file) {
        return em.createQuery("""
                        select p from DuplicateSuspicion p
                        join fetch p.firstStudent f join fetch f.school fs join fetch fs.district
                        join fetch p.secondStudent s join fetch s.school ss join fetch ss.district
                        where (f.id = :id or s.id = :id) and p.status = :open
                        order by p.id""", DuplicateSuspicion.class)
                .setParameter("id", file.getId())
                .setParameter("open", SuspicionStatus.OPEN)
                .getResultList();
    }
}
