package kz.qorgau.earlywarning.control;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Re-evaluates every region with students each night, so that windows that closed and signals that aged out are
 * reflected even where nothing new arrived; and at start-up marks as failed the runs a crash interrupted, which
 * Jakarta Batch would otherwise show as running forever and refuse to restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class NightlyEvaluation {

    private static final Logger LOG = Logger.getLogger(NightlyEvaluation.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    RegionEvaluations evaluations;

    @PostConstruct
    void failInterrupted() {
        String ours = "(select e.jobexecutionid from job_execution e join job_instance i using (jobinstanceid)"
                + " where i.jobname = '" + RegionEvaluations.JOB + "' and e.batchstatus in ('STARTING', 'STARTED', 'STOPPING'))";
        em.createNativeQuery("update partition_execution set batchstatus = 'FAILED', exitstatus = 'CRASHED'"
                + " where batchstatus in ('STARTING', 'STARTED', 'STOPPING') and stepexecutionid in"
                + " (select stepexecutionid from step_execution where jobexecutionid in " + ours + ")").executeUpdate();
        em.createNativeQuery("update step_execution set batchstatus = 'FAILED', exitstatus = 'CRASHED', endtime = now()"
                + " where batchstatus in ('STARTING', 'STARTED', 'STOPPING') and jobexecutionid in " + ours)
                .executeUpdate();
        int failed = em.createNativeQuery("update job_execution set batchstatus = 'FAILED', exitstatus = 'CRASHED',"
                + " endtime = now() where jobexecutionid in " + ours).executeUpdate();
        if (failed > 0) {
            LOG.warning(() -> failed + " region evaluation(s) interrupted by a stop of the server are marked FAILED;"
                    + " restart them with POST /api/evaluations/{id}/restart");
        }
    }

    @Schedule(hour = "1", minute = "0", timezone = "Asia/Almaty", persistent = false)
    void nightly() {
        List<Long> regions = em.createQuery("""
                        select distinct d.region.id from Student s join s.school sc join sc.district d
                        order by 1""", Long.class).getResultList();
        regions.forEach(region -> evaluations.start(region, null, "system"));
    }
}
