package kz.qorgau.earlywarning.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Opens the progress record of a run of a region's re-evaluation before its first block is read. */
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

    @Override
    public void beforeJob() {
        evaluations.begin(job.getInstanceId(), job.getExecutionId(), Long.parseLong(regionId), requestedBy);
    }
}
