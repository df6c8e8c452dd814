package kz.qorgau.transfers.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.assignment.control.Assignment;
import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.OpenCases;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentTransfer;
import kz.qorgau.students.entity.TransferStatus;

/**
 * Handing a student over between schools: the sending school asks, the receiving school confirms, and only then
 * do the file and the open case move (the case to the receiving school's designated staff).
 */
@Stateless
public class Transfers {

    private static final String RECORD_TYPE = "student-transfer";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    OpenCases openCases;

    @EJB
    Assignment assignment;

    @EJB
    AuditTrail audit;

    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, ADMIN})
    public TransferView request(long studentId, @NotNull(message = "{request.body.required}") @Valid TransferRequest request,
                                Caller caller) {
        Student student = students.requireWritable(studentId, caller);
        School receiving = Optional.ofNullable(em.find(School.class, request.toSchoolId()))
                .orElseThrow(() -> new RecordNotFound("school", request.toSchoolId()));
        if (pendingFor(student).isPresent()) {
            throw new DuplicateRecord("transfer.pending-exists", studentId);
        }
        StudentTransfer transfer = new StudentTransfer(student, receiving, caller.username());
        em.persist(transfer);
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, transfer.getId(), student.getSchool().getId());
        return TransferView.of(transfer);
    }

    /** Pending handovers into the caller's schools ({@code incoming}) or out of them. */
    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, COORDINATOR, ADMIN})
    public List<TransferView> pending(boolean incoming, int page, int size, Caller caller) {
        String side = incoming ? "t.toSchool" : "t.fromSchool";
        return JurisdictionQuery.create(em, """
                        select t from StudentTransfer t join %s sc join sc.district d
                        where %s and t.status = :pending
                        order by t.requestedAt""".formatted(side, JurisdictionQuery.SCHOOL_WITHIN),
                        StudentTransfer.class, caller.jurisdiction())
                .setParameter("pending", TransferStatus.PENDING)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(TransferView::of).toList();
    }

    /** The receiving school takes the student; the open case follows to its staff. */
    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR, ADMIN})
    public TransferView confirm(long transferId, Caller caller) {
        StudentTransfer transfer = find(transferId, caller, true);
        transfer.confirm(caller.username());
        em.flush();
        openCases.of(transfer.getStudent()).ifPresent(c -> assignment.handOver(c, Instant.now()));
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, transferId, transfer.getFromSchool().getId());
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, transferId, transfer.getToSchool().getId());
        return TransferView.of(transfer);
    }

    /** Either school may call a handover off while it is pending. */
    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, COORDINATOR, ADMIN})
    public TransferView cancel(long transferId, Caller caller) {
        StudentTransfer transfer = find(transferId, caller, false);
        transfer.cancel(caller.username());
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, transferId, transfer.getFromSchool().getId());
        return TransferView.of(transfer);
    }

    /** Found and scoped in one query: a handover between others' schools is refused as fast as a missing one. */
    private StudentTransfer find(long transferId, Caller caller, boolean receivingOnly) {
        return JurisdictionQuery.create(em, """
                        select t from StudentTransfer t
                        where t.id = :id
                          and exists (select sc.id from School sc join sc.district d
                                      where (sc = t.toSchool or (:either = true and sc = t.fromSchool)) and %s)"""
                        .formatted(JurisdictionQuery.SCHOOL_WITHIN), StudentTransfer.class, caller.jurisdiction())
                .setParameter("id", transferId)
                .setParameter("either", !receivingOnly)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, transferId));
    }

    private Optional<StudentTransfer> pendingFor(Student student) {
        return em.createQuery("select t from StudentTransfer t where t.student = :student and t.status = :pending",
                        StudentTransfer.class)
                .setParameter("student", student)
                .setParameter("pending", TransferStatus.PENDING)
                .getResultList().stream().findFirst();
    }
}
