package kz.qorgau.earlywarning.control;

import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The region evaluation's closing step: once every block of both partitions has committed, the brothers and sisters
 * of the children whose case reached HIGH or CRITICAL during the run are weighed again, so that a sibling review
 * (EW-13) that two blocks written at the same moment could not see is raised now, not by the next night's run.
 * Each block of siblings is its own transaction; weighing again changes nothing, so a restart simply repeats it.
 */
@Named
@Dependent
public class RegionSiblingSettlement extends AbstractBatchlet {

    private static final int BLOCK = 1_000;

    @Inject
    JobContext job;

    @EJB
    RegionEvaluations evaluations;

    @EJB
    StudentEvaluation evaluation;

    @Override
    public String process() {
        List<Long> raised = evaluations.raisedDuring(job.getInstanceId());
        for (int from = 0; from < raised.size(); from += BLOCK) {
            CaseUpdates.Changes changes = evaluation.evaluateSiblingsOf(
                    raised.subList(from, Math.min(from + BLOCK, raised.size())));
            evaluations.progress(job.getExecutionId(), 0, changes);
        }
        evaluations.settled(job.getInstanceId());
        return BatchStatus.COMPLETED.name();
    }
}
