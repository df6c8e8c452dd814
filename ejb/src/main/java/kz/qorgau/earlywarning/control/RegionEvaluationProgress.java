package kz.qorgau.earlywarning.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Opens the progress record of a run of a region's re-evaluation before its first block is read, and tells the
 * node's {@link EvaluationWatch} which runs it is executing.
 */
@Named
@Dependent
public class RegionEvaluationProgress extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String regionId;

    @Inject
    @BatchProperty
    String requestedBy;

    @EJB
    RegionEvaluations evaluations;

    @EJB
    EvaluationWatch watch;

    @Override
    public void beforeJob() {
        watch.started(job.getExecutionId());
        evaluations.begin(job.getInstanceId(), job.getExecutionId(), Long.parseLong(regionId), requestedBy);
    }

    @Override
    public void afterJob() {
        watch.ended(job.getExecutionId());
    }
}
