package kz.qorgau.history.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.CaseService;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.history.entity.ChangeRevision;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/**
 * Every committed state of a student's file or an early-warning case, oldest first, for supervisors who must see
 * how a record came to be what it is. Reading the history is itself audited.
 */
@Stateless
@RolesAllowed({SCHOOL_ADMIN, COORDINATOR, OMBUDSMAN, ADMIN})
public class ChangeHistory {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    CaseService cases;

    @EJB
    AuditTrail audit;

    public List<ChangeView> ofStudent(long id, int page, int size, Caller caller) {
        Student current = students.requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, "student-history", id, current.getSchool().getId());
        return revisions(Student.class, id, page, size).stream().map(row -> {
            Student s = (Student) row[0];
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("lastName", s.getName().lastName());
            values.put("firstName", s.getName().firstName());
            values.put("middleName", s.getName().middleName());
            values.put("schoolId", s.getSchool().getId());
            values.put("grade", s.getGrade());
            values.put("classLetter", s.getClassLetter());
            values.put("status", s.getStatus());
            values.put("statusReason", s.getStatusReason());
            return view(row, values);
        }).toList();
    }

    public List<ChangeView> ofCase(long id, int page, int size, Caller caller) {
        EarlyWarningCase current = cases.findVisible(id, caller).orElseThrow(() -> new RecordNotFound("case", id));
        audit.record(caller, AuditAction.READ, "case-history", id, current.getStudent().getSchool().getId());
        return revisions(EarlyWarningCase.class, id, page, size).stream().map(row -> {
            EarlyWarningCase c = (EarlyWarningCase) row[0];
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("status", c.getStatus());
            values.put("level", c.getLevel());
            values.put("firstContactDue", c.getFirstContactDue());
            return view(row, values);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(Class<?> type, long id, int page, int size) {
        return AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    private static ChangeView view(Object[] row, Map<String, Object> values) {
        ChangeRevision revision = (ChangeRevision) row[1];
        RevisionType type = (RevisionType) row[2];
        return new ChangeView(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()), type.name(), values);
    }
}
