package kz.qorgau.whatif.control;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.whatif.entity.WhatIfRun;

/**
 * A what-if run lives in a thread of the server that started it. One that a stop of the server cut short never
 * finishes, so at start-up it is marked FAILED instead of being shown as running forever to whoever waits on it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InterruptedWhatIfRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedWhatIfRuns.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void failInterrupted() {
        int failed = em.createQuery("""
                        update WhatIfRun r set r.status = :failed, r.finishedAt = :now
                        where r.status = :running""")
                .setParameter("failed", WhatIfRun.Status.FAILED)
                .setParameter("now", Instant.now())
                .setParameter("running", WhatIfRun.Status.RUNNING)
                .executeUpdate();
        if (failed > 0) {
            LOG.warning(() -> failed + " what-if run(s) interrupted by a stop of the server are marked FAILED;"
                    + " start them again with POST /api/thresholds/versions/{n}/what-if");
        }
    }
}
