package kz.qorgau.surveys.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;
import kz.qorgau.surveys.entity.SurveyOptOut;
import kz.qorgau.surveys.entity.SurveyResult;

/**
 * Parents' opt-outs from surveys, and a student's results as they may be used: an opted-out child's results are
 * shown excluded. The early-warning rules on survey scores (EW-03, not written yet) must read results only through
 * {@link #isOptedOut(long)} being false, the same condition the import applies. Whether children are opted out is
 * {@code @PermitAll}: the survey import asks, and declares who may import.
 */
@Stateless
public class SurveyOptOuts {

    static final String RECORD_TYPE = "survey-opt-out";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN})
    public void optOut(long studentId, @NotNull(message = "{request.body.required}") @Valid OptOutRequest request,
                       Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        if (isOptedOut(studentId)) {
            throw new DuplicateRecord("survey.opt-out.exists", String.valueOf(studentId));
        }
        em.persist(new SurveyOptOut(studentId, request.reason().strip(), caller.username()));
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, studentId, student.getSchool().getId());
    }

    /**
     * Withdrawing an opt-out that is not (or no longer) there changes nothing and is no error: a second click, or two
     * people withdrawing at once, end where the first left it. Only a withdrawal that removed the opt-out is audited.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN})
    public void withdraw(long studentId, Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        int removed = em.createQuery("delete from SurveyOptOut o where o.studentId = :student")
                .setParameter("student", studentId)
                .executeUpdate();
        if (removed > 0) {
            audit.record(caller, AuditAction.DELETE, RECORD_TYPE, studentId, student.getSchool().getId());
        }
    }

    @PermitAll
    public boolean isOptedOut(long studentId) {
        return em.find(SurveyOptOut.class, studentId) != null;
    }

    /** The opted-out students of the given schools, in one query, for an import of tens of thousands of rows. */
    @PermitAll
    public Set<Long> optedOutAt(Set<Long> schoolIds) {
        return new HashSet<>(em.createQuery("""
                        select o.studentId from SurveyOptOut o, Student s
                        where s.id = o.studentId and s.school.id in :schools""", Long.class)
                .setParameter("schools", schoolIds)
                .getResultList());
    }

    /** Reading a child's survey results is itself a recorded event (docs/PRODUCT.md section 5). */
    @RolesAllowed({PSYCHOLOGIST, SCHOOL_ADMIN, COORDINATOR, OMBUDSMAN, ADMIN})
    public StudentSurveyResults resultsOf(long studentId, Caller caller) {
        Student student = students.requireVisible(studentId, caller);
        audit.record(caller, AuditAction.READ, "student-survey-results", studentId, student.getSchool().getId());
        boolean optedOut = isOptedOut(studentId);
        var results = em.createQuery("""
                        select r from SurveyResult r join fetch r.campaign
                        where r.student = :student
                        order by r.takenOn desc, r.scaleCode""", SurveyResult.class)
                .setParameter("student", student)
                .getResultList().stream()
                .map(r -> result(r, optedOut))
                .toList();
        return new StudentSurveyResults(studentId, optedOut, results);
    }

    private static StudentSurveyResults.Result result(SurveyResult r, boolean optedOut) {
        var threshold = r.getCampaign().getInstrument().scale(r.getScaleCode())
                .map(s -> s.getThreshold()).orElse(null);
        return new StudentSurveyResults.Result(r.getId(), r.getCampaign().getId(), r.getCampaign().getInstrument().getCode(),
                r.getScaleCode(), r.getScore(), threshold,
                threshold != null && r.getScore().compareTo(threshold) >= 0, r.getTakenOn(), optedOut);
    }
}
