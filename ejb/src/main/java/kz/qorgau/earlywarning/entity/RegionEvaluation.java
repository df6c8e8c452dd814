package kz.qorgau.earlywarning.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The progress of one run (job execution) of a region's re-evaluation. A restart is a run of its own: it names the
 * run it continues and starts from the students the runs before it had done, so that a crashed run keeps the figures
 * it reached. Rows from before migration V26 have no execution and stand for every run of their job instance.
 */
@Entity
public class RegionEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    private long jobInstanceId;
    private Long jobExecutionId;
    private Long continuesExecutionId;
    private long regionId;
    private int studentsTotal;
    private int studentsBefore;
    private int studentsDone;
    private int casesOpened;
    private int casesChanged;
    private String requestedBy;
    private Instant requestedAt;
    /** The node the run is on, and when that node last said it still runs it (earlywarning.control.EvaluationWatch). */
    private String node;
    private Instant heartbeatAt;

    protected RegionEvaluation() {
    }

    public RegionEvaluation(long jobInstanceId, long jobExecutionId, long regionId, int studentsTotal,
                            String requestedBy, Instant requestedAt, String node) {
        this.jobInstanceId = jobInstanceId;
        this.node = node;
        this.heartbeatAt = requestedAt;
        this.jobExecutionId = jobExecutionId;
        this.regionId = regionId;
        this.studentsTotal = studentsTotal;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The run after this one, restarted from the checkpoint this one reached. */
    public RegionEvaluation continuedBy(long executionId, Instant at, String node) {
        RegionEvaluation next = new RegionEvaluation(jobInstanceId, executionId, regionId, studentsTotal, requestedBy, at,
                node);
        next.continuesExecutionId = jobExecutionId;
        next.studentsBefore = studentsBefore + studentsDone;
        return next;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Long getContinuesExecutionId() {
        return continuesExecutionId;
    }

    public long getRegionId() {
        return regionId;
    }

    public int getStudentsTotal() {
        return studentsTotal;
    }

    public int getStudentsBefore() {
        return studentsBefore;
    }

    public int getStudentsDone() {
        return studentsDone;
    }

    public int getCasesOpened() {
        return casesOpened;
    }

    public int getCasesChanged() {
        return casesChanged;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getNode() {
        return node;
    }
}
