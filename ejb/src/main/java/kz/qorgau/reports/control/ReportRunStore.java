package kz.qorgau.reports.control;

import java.time.Instant;
import java.util.Collection;
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

    /** This node is still writing these runs. */
    public void heartbeat(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createQuery("update ReportRun r set r.heartbeatAt = :now where r.id in :ids")
                    .setParameter("now", now)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /**
     * Marks FAILED the runs still shown as running whose node has said nothing since {@code silentSince}, none of
     * {@code ours}: a report cannot be resumed, so whoever waits on it learns to ask again.
     *
     * @return how many
     */
    public int failSilent(Collection<Long> ours, Instant silentSince, Instant now) {
        List<ReportRun> silent = em.createQuery("""
                        select r from ReportRun r where r.status = :running and r.heartbeatAt < :since""",
                        ReportRun.class)
                .setParameter("running", ReportRun.Status.RUNNING)
                .setParameter("since", silentSince)
                .getResultList();
        silent.removeIf(run -> ours.contains(run.getId()));
        silent.forEach(run -> run.fail("interrupted: the server writing it stopped", now));
        return silent.size();
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
