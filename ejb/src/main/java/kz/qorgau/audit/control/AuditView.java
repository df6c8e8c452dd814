package kz.qorgau.audit.control;

import java.time.Instant;

import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.audit.entity.AuditEvent;

public record AuditView(long id, Instant occurredAt, String username, AuditAction action, String recordType,
                        Long recordId, Integer rowCount, Long schoolId) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getRecordType(),
                e.getRecordId(), e.getRowCount(), e.getSchoolId());
    }
}
