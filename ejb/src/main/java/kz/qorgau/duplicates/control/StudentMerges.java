package kz.qorgau.duplicates.control;

import static kz.qorgau.security.Caller.COORDINATOR;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.duplicates.entity.DuplicateSuspicion;
import kz.qorgau.duplicates.entity.StudentMerge;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/**
 * A coordinator merges two files of one child into one, with everything they hold (sessions, cases, incidents,
 * police records, transfers, trust-line reports, absences, surveys, the family), and may undo it for 30 days
 * (docs/PRODUCT.md, "One child, one record"). The merged-away file is marked, never deleted, and every row moved is
 * noted, so that the undo moves back exactly those. The rows of other features move by SQL on their tables, which
 * keeps this feature out of their code; their own history (Envers) does not see the move, the audit trail does.
 */
@Stateless
public class StudentMerges {

    static final String RECORD_TYPE = "student-merge";
    private static final String STUDENT = "student";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @throws RecordNotFound when either file lies outside the caller's jurisdiction
     * @throws InvalidInput   when the two files hold what one child cannot have twice: two open cases, two active
     *                        police registrations, a pending transfer, two different families
     */
    @RolesAllowed(COORDINATOR)
    public MergeView merge(@NotNull(message = "{request.body.required}") @Valid MergeRequest request, Caller caller) {
        Student kept = students.requireVisible(request.keptStudentId(), caller);
        Student merged = students.requireVisible(request.mergedStudentId(), caller);
        requireMergeable(kept, merged);
        Instant now = clock.instant();
        StudentMerge merge = new StudentMerge(kept, merged, caller.username(), now);
        em.persist(merge);
        moveFamily(kept, merged, merge);
        merged.mergeInto(kept);
        em.flush();
        for (MovedTable t : MovedTable.ALL) {
            execute(t.recordMoves(), merge, kept, merged);
            execute(t.move(), merge, kept, merged);
        }
        pairOf(kept, merged).ifPresent(pair -> pair.merged(caller.username(), now));
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, merge.getId(), kept.getSchool().getId());
        audit.record(caller, AuditAction.UPDATE, STUDENT, kept.getId(), kept.getSchool().getId());
        audit.record(caller, AuditAction.UPDATE, STUDENT, merged.getId(), merged.getSchool().getId());
        return MergeView.of(merge, moved(merge));
    }

    /** @throws InvalidInput once undone or after 30 days */
    @RolesAllowed(COORDINATOR)
    public MergeView undo(long mergeId, Caller caller) {
        StudentMerge merge = requireVisible(mergeId, caller);
        merge.undo(caller.username(), clock.instant());
        Student kept = merge.getKeptStudent();
        Student merged = merge.getMergedStudent();
        em.flush();
        for (MovedTable t : MovedTable.ALL) {
            execute(t.moveBack(), merge, kept, merged);
        }
        Long family = merge.getFamilyId();
        if (family != null) {
            if (merge.isKeptJoinedFamily() && family.equals(kept.getFamilyId())) {
                kept.leaveFamily(family);
            }
            merged.joinFamily(family);
        }
        merged.restoreAfterMerge(merge.getPreviousStatus(), merge.getPreviousStatusReason());
        pairOf(kept, merged).ifPresent(DuplicateSuspicion::reopen);
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, merge.getId(), kept.getSchool().getId());
        audit.record(caller, AuditAction.UPDATE, STUDENT, kept.getId(), kept.getSchool().getId());
        audit.record(caller, AuditAction.UPDATE, STUDENT, merged.getId(), merged.getSchool().getId());
        return MergeView.of(merge, moved(merge));
    }

    /** Merges of the caller's jurisdiction, the newest first. */
    @RolesAllowed(COORDINATOR)
    public List<MergeView> recent(int page, int size, Caller caller) {
        List<MergeView> found = JurisdictionQuery.create(em, """
                        select m from StudentMerge m join fetch m.keptStudent k join fetch k.school sc
                        join fetch sc.district d join fetch m.mergedStudent
                        where %s order by m.mergedAt desc, m.id desc""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        StudentMerge.class, caller.jurisdiction())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(m -> MergeView.of(m, moved(m)))
                .toList();
        audit.recordList(caller, "student-merge-list", found.size());
        return found;
    }

    private void requireMergeable(Student kept, Student merged) {
        if (Objects.equals(kept.getId(), merged.getId())) {
            throw new InvalidInput("duplicates.merge.same-student", String.valueOf(kept.getId()));
        }
        List<Long> both = List.of(kept.getId(), merged.getId());
        if (count("select count(distinct student_id) from early_warning_case where student_id in (:both)"
                + " and status <> 'CLOSED'", both) == 2) {
            throw new InvalidInput("duplicates.merge.two-open-cases");
        }
        if (count("select count(distinct student_id) from police_registration where student_id in (:both)"
                + " and removed_on is null", both) == 2) {
            throw new InvalidInput("duplicates.merge.two-registrations");
        }
        if (count("select count(*) from student_transfer where student_id in (:both) and status = 'PENDING'",
                both) > 0) {
            throw new InvalidInput("duplicates.merge.pending-transfer");
        }
        if (kept.getFamilyId() != null && merged.getFamilyId() != null
                && !kept.getFamilyId().equals(merged.getFamilyId())) {
            throw new InvalidInput("duplicates.merge.two-families");
        }
    }

    private void moveFamily(Student kept, Student merged, StudentMerge merge) {
        Long family = merged.getFamilyId();
        if (family == null) {
            return;
        }
        boolean join = kept.getFamilyId() == null;
        merge.familyMoved(family, join);
        merged.leaveFamily(family);
        if (join) {
            kept.joinFamily(family);
        }
    }

    private long count(String sql, List<Long> both) {
        return ((Number) em.createNativeQuery(sql).setParameter("both", both).getSingleResult()).longValue();
    }

    private void execute(String sql, StudentMerge merge, Student kept, Student merged) {
        Query query = em.createNativeQuery(sql).setParameter("merge", merge.getId())
                .setParameter("merged", merged.getId());
        if (sql.contains(":kept")) {
            query.setParameter("kept", kept.getId());
        }
        query.executeUpdate();
    }

    private Optional<DuplicateSuspicion> pairOf(Student one, Student other) {
        return em.createQuery("""
                        select p from DuplicateSuspicion p
                        where p.firstStudent.id = :first and p.secondStudent.id = :second""", DuplicateSuspicion.class)
                .setParameter("first", Math.min(one.getId(), other.getId()))
                .setParameter("second", Math.max(one.getId(), other.getId()))
                .getResultList().stream()
                .findFirst();
    }

    private StudentMerge requireVisible(long id, Caller caller) {
        return JurisdictionQuery.create(em, """
                        select m from StudentMerge m join fetch m.keptStudent k join fetch k.school sc
                        join fetch sc.district d join fetch m.mergedStudent
                        where m.id = :id and %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        StudentMerge.class, caller.jurisdiction())
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private Map<String, Integer> moved(StudentMerge merge) {
        List<Object[]> rows = em.createNativeQuery(
                        "select table_name, count(*) from student_merge_move where merge_id = :merge group by table_name",
                        Object[].class)
                .setParameter("merge", merge.getId())
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
    }
}
