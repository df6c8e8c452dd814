package kz.qorgau.earlywarning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.entity.RegionEvaluation;

/**
 * A run as the API shows it, while its job is live on this server: the job may end between the two reads of the
 * view (the status, the figures), and the view must never show it ended with figures from before its last block.
 */
class RegionEvaluationViewTest {

    @Test
    void aRunThatEndsWhileItsFiguresAreReadIsShownAsStillRunning() {
        LiveExecution execution = new LiveExecution();
        RegionEvaluation beforeTheLastBlock = new RegionEvaluation(7, 41, 75, 6, "admin1", Instant.now(), "node1");

        RegionEvaluationView view = RegionEvaluations.view(execution, parameters(), () -> {
            execution.status = BatchStatus.STOPPED;
            execution.ended = new Date();
            return Optional.of(beforeTheLastBlock);
        });

        assertThat(view.status()).isEqualTo("STARTED");
        assertThat(view.endedAt()).isNull();
        assertThat(view.studentsTotal()).isEqualTo(6);
    }

    @Test
    void anEndedRunIsShownEndedWithItsFigures() {
        LiveExecution execution = new LiveExecution();
        execution.status = BatchStatus.COMPLETED;
        execution.ended = new Date();

        RegionEvaluationView view = RegionEvaluations.view(execution, parameters(), Optional::empty);

        assertThat(view.status()).isEqualTo("COMPLETED");
        assertThat(view.endedAt()).isEqualTo(execution.ended.toInstant());
        assertThat(view.regionId()).isEqualTo(75);
        assertThat(view.requestedBy()).isEqualTo("admin1");
        assertThat(view.studentsDone()).isZero();
    }

    private static Properties parameters() {
        Properties parameters = new Properties();
        parameters.setProperty("regionId", "75");
        parameters.setProperty("requestedBy", "admin1");
        return parameters;
    }

    /** As Jakarta Batch hands out the execution of a job it is running: one object, changed as the job goes. */
    private static final class LiveExecution implements JobExecution {
        private final Date started = new Date();
        BatchStatus status = BatchStatus.STARTED;
        Date ended;

        @Override
        public long getExecutionId() {
            return 41;
        }

        @Override
        public String getJobName() {
            return "region-evaluation";
        }

        @Override
        public BatchStatus getBatchStatus() {
            return status;
        }

        @Override
        public Date getStartTime() {
            return started;
        }

        @Override
        public Date getEndTime() {
            return ended;
        }

        @Override
        public String getExitStatus() {
            return status.name();
        }

        @Override
        public Date getCreateTime() {
            return started;
        }

        @Override
        public Date getLastUpdatedTime() {
            return ended == null ? started : ended;
        }

        @Override
        public Properties getJobParameters() {
            return parameters();
        }
    }
}
