package kz.qorgau.audit.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.audit.entity.AuditEvent;
import kz.qorgau.security.Caller;

/** Records audit events in the caller's transaction: an action that rolls back leaves no event behind. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public void record(Caller caller, AuditAction action, String recordType, Long recordId) {
        em.persist(new AuditEvent(caller.username(), action, recordType, recordId, null));
    }

    /** A read of many records at once, such as a search, with how many it returned. */
    public void recordList(Caller caller, String listing, int rows) {
        em.persist(new AuditEvent(caller.username(), AuditAction.READ, listing, null, rows));
    }

    public void recordExport(Caller caller, String report, int rows) {
        em.persist(new AuditEvent(caller.username(), AuditAction.EXPORT, report, null, rows));
    }
}
