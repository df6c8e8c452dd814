package kz.qorgau.audit.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.audit.entity.AuditEvent;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The audit trail as supervisors read it: events of records of schools in their jurisdiction, newest first.
 * Events that belong to no school (reference data, searches, exports) are for national supervisors only. There
 * is no way to change an event, here or in the database.
 */
@Stateless
@RolesAllowed({OMBUDSMAN, ADMIN})
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    public List<AuditView> search(AuditQuery q, int page, int size, Caller caller) {
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw new InvalidInput("audit.period.reversed", q.from(), q.to());
        }
        StringBuilder jpql = new StringBuilder("""
                select e from AuditEvent e
                where (:national = true or e.schoolId in (
                    select sc.id from School sc join sc.district d where %s))""".formatted(JurisdictionQuery.SCHOOL_WITHIN));
        if (q.recordType() != null) {
            jpql.append(" and e.recordType = :recordType");
        }
        if (q.recordId() != null) {
            jpql.append(" and e.recordId = :recordId");
        }
        if (q.username() != null) {
            jpql.append(" and e.username = :username");
        }
        if (q.action() != null) {
            jpql.append(" and e.action = :action");
        }
        if (q.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (q.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<AuditEvent> query = JurisdictionQuery.create(em, jpql.toString(),
        AuditEvent.class, caller.jurisdiction());
        if (q.recordType() != null) {
            query.setParameter("recordType", q.recordType());
        }
        if (q.recordId() != null) {
            query.setParameter("recordId", q.recordId());
        }
        if (q.username() != null) {
            query.setParameter("username", q.username());
        }
        if (q.action() != null) {
            query.setParameter("action", q.action());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from().atStartOfDay(Kazakhstan.TIME_ZONE).toInstant());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to().plusDays(1).atStartOfDay(Kazakhstan.TIME_ZONE).toInstant());
        }
        List<AuditView> events = query.setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(AuditView::of).toList();
        audit.recordList(caller, "audit-search", events.size());
        return events;
    }
}
