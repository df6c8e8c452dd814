package kz.qorgau.reports.control;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.control.ThisNode;
import kz.qorgau.reports.entity.ReportRun;

/**
 * A background report lives in a thread of the server that started it. One that a stop of the server cut short
 * never finishes, so at start-up it is marked FAILED instead of being shown as running to whoever waits on it. Only
 * this node's runs: in a cluster, the other nodes' runs go on, and those of a node that is gone are failed by
 * {@link ReportRunWatch}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InterruptedReportRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedReportRuns.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void failInterrupted() {
        int failed = em.createQuery("""
                        update ReportRun r set r.status = :failed, r.failure = :reason, r.finishedAt = :now
                        where r.status = :running and (r.node = :node or r.node is null)""")
                .setParameter("failed", ReportRun.Status.FAILED)
                .setParameter("reason", "interrupted by a stop of the server")
                .setParameter("now", Instant.now())
                .setParameter("running", ReportRun.Status.RUNNING)
                .setParameter("node", ThisNode.NAME)
                .executeUpdate();
        if (failed > 0) {
            LOG.warning(() -> failed + " report run(s) interrupted by a stop of the server are marked FAILED;"
                    + " ask for the report again");
        }
    }
}
