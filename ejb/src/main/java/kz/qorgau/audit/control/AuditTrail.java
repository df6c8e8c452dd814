package kz.qorgau.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.audit.entity.AuditEvent;
import kz.qorgau.security.Caller;

/**
 * Records audit events in the caller's transaction: an action that rolls back leaves no event behind. Internal
 * ({@code @PermitAll}): only other beans call it, and they declare who may make the request.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** An action on a record of a school; the school's supervisors may read the event. */
    public void record(Caller caller, AuditAction action, String recordType, Long recordId, Long schoolId) {
        em.persist(new AuditEvent(caller.username(), action, recordType, recordId, null, schoolId));
    }

    /** An action on a record that belongs to no school (reference data); only national supervisors read it. */
    public void record(Caller caller, AuditAction action, String recordType, Long recordId) {
        record(caller, action, recordType, recordId, null);
    }

    /** A read of many records at once, such as a search, with how many it returned. */
    public void recordList(Caller caller, String listing, int rows) {
        em.persist(new AuditEvent(caller.username(), AuditAction.READ, listing, null, rows, null));
    }

    /** A workbook that left the system, with how many rows it held; the record is a background run's, if any. */
    public void recordExport(Caller caller, String report, Long recordId, long rows) {
        em.persist(new AuditEvent(caller.username(), AuditAction.EXPORT, report, recordId,
                (int) Math.min(Integer.MAX_VALUE, rows), null));
    }

    /** A file imported into many records at once, with how many rows it applied. */
    public void recordImport(Caller caller, String recordType, Long recordId, int rows) {
        em.persist(new AuditEvent(caller.username(), AuditAction.CREATE, recordType, recordId, rows, null));
    }
}
