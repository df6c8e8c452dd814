package kz.qorgau.earlywarning.control;

import java.time.Instant;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes what changed in a block, in the chunk's transaction, together with the job's progress, so that the
 * figures and the checkpoint never disagree after a restart. The brothers and sisters of children whose case
 * reached HIGH are reviewed at once, and those children are noted for the job's closing step: a sibling in the
 * other partition's block, written at the same moment, could not see the case yet.
 */
@Named
@Dependent
public class RegionBlockWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    CaseUpdates updates;

    @EJB
    StudentEvaluation evaluation;

    @EJB
    RegionEvaluations evaluations;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            RegionBlockProcessor.Evaluated evaluated = (RegionBlockProcessor.Evaluated) item;
            CaseUpdates.Changes changes = updates.apply(evaluated.findings(), evaluated.known(),
                    evaluated.thresholds(), Instant.now());
            changes = changes.plus(evaluation.evaluateSiblingsOf(changes.reachedHigh()));
            evaluations.raised(job.getInstanceId(), changes.reachedHigh());
            evaluations.progress(job.getExecutionId(), evaluated.students(), changes);
        }
    }
}
