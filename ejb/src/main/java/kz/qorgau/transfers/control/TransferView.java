package kz.qorgau.transfers.control;

import java.time.Instant;

import kz.qorgau.students.entity.StudentTransfer;
import kz.qorgau.students.entity.TransferStatus;

/** What both schools see of a handover: enough to recognise the child, not the file. */
public record TransferView(long id, long studentId, String iin, String studentName, long fromSchoolId,
                           long toSchoolId, TransferStatus status, String requestedBy, Instant requestedAt,
                           String decidedBy, Instant decidedAt) {

    static TransferView of(StudentTransfer t) {
        return new TransferView(t.getId(), t.getStudent().getId(), t.getStudent().getIin().digits(),
                t.getStudent().getName().full(), t.getFromSchool().getId(), t.getToSchool().getId(), t.getStatus(),
                t.getRequestedBy(), t.getRequestedAt(), t.getDecidedBy(), t.getDecidedAt());
    }
}
