package kz.qorgau.audit.control;

import java.time.LocalDate;

import kz.qorgau.audit.entity.AuditAction;

/** What an ombudsman or administrator looks for in the audit trail; null fields do not filter. */
public record AuditQuery(String recordType, Long recordId, String username, AuditAction action, LocalDate from,
                         LocalDate to) {
}
