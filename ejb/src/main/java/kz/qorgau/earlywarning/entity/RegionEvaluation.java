package kz.qorgau.earlywarning.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The progress of one re-evaluation of a region, kept by job instance so that a restart goes on counting. */
@Entity
public class RegionEvaluation {

    @Id
    private long jobInstanceId;

    private long regionId;
    private int studentsTotal;
    private int studentsDone;
    private int casesOpened;
    private int casesChanged;
    private String requestedBy;
    private Instant requestedAt;

    protected RegionEvaluation() {
    }

    public RegionEvaluation(long jobInstanceId, long regionId, int studentsTotal, String requestedBy,
                            Instant requestedAt) {
        this.jobInstanceId = jobInstanceId;
        this.regionId = regionId;
        this.studentsTotal = studentsTotal;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getRegionId() {
        return regionId;
    }

    public int getStudentsTotal() {
        return studentsTotal;
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
}
