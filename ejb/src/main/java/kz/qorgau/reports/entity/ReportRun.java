package kz.qorgau.reports.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A report written in the background: what was asked, by whom, how far it has got, and how it ended. */
@Entity
public class ReportRun {

    /** Where a run stands. */
    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_run_id")
    @SequenceGenerator(name = "report_run_id", sequenceName = "report_run_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ReportKind report;

    private String language;
    private String parameters;
    private String requestedBy;
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private long rowsExpected;
    private long rowsWritten;
    private Instant finishedAt;
    private Long fileSize;
    private String failure;
    /** The node writing the file, and when it last said it still does. */
    private String node;
    private Instant heartbeatAt;

    protected ReportRun() {
    }

    public ReportRun(ReportKind report, String language, String parameters, long rowsExpected, String requestedBy,
                     Instant requestedAt, String node) {
        this.report = report;
        this.node = node;
        this.heartbeatAt = requestedAt;
        this.language = language;
        this.parameters = parameters;
        this.rowsExpected = rowsExpected;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = Status.RUNNING;
    }

    public void progress(long rows) {
        this.rowsWritten = rows;
    }

    public void complete(long rows, long size, Instant at) {
        this.rowsWritten = rows;
        this.fileSize = size;
        this.status = Status.COMPLETED;
        this.finishedAt = at;
    }

    public void fail(String reason, Instant at) {
        this.failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.status = Status.FAILED;
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ReportKind getReport() {
        return report;
    }

    public String getLanguage() {
        return language;
    }

    public String getParameters() {
        return parameters;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Status getStatus() {
        return status;
    }

    public long getRowsExpected() {
        return rowsExpected;
    }

    public long getRowsWritten() {
        return rowsWritten;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getFailure() {
        return failure;
    }
}
