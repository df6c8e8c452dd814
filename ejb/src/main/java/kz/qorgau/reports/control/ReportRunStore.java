package kz.qorgau.reports.control;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.reports.entity.ReportRun;

/**
 * The background runs' records, each change in its own transaction, so that progress shows while a run goes on.
 * Internal ({@code @PermitAll}): called by the background runs, which declare who may ask for them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@PermitAll
public class ReportRunStore {

    @PersistenceContext
    EntityManager em;

    public ReportRun create(ReportRun run) {
        em.persist(run);
        return run;
    }

    public void progress(long id, long rows) {
        em.find(ReportRun.class, id).progress(rows);
    }

    public void complete(long id, long rows, long size) {
        em.find(ReportRun.class, id).complete(rows, size, Instant.now());
    }

    public void fail(long id, String reason) {
        em.find(ReportRun.class, id).fail(reason, Instant.now());
    }

    public ReportRun find(long id) {
        return em.find(ReportRun.class, id);
    }

    public List<ReportRun> of(String username, int page, int size) {
        return em.createQuery("select r from ReportRun r where r.requestedBy = :username order by r.id desc",
                        ReportRun.class)
                .setParameter("username", username)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }
}
