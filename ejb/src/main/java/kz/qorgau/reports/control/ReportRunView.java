package kz.qorgau.reports.control;

import java.time.Instant;

import kz.qorgau.reports.entity.ReportRun;

/** A background run as its reader follows it: how far it has got, and where the file is once it is ready. */
public record ReportRunView(long id, String report, String status, long rowsExpected, long rowsWritten,
                            int percentDone, Instant requestedAt, Instant finishedAt, Long fileSize, String file,
                            String failure) {

    static ReportRunView of(ReportRun run) {
        boolean done = run.getStatus() == ReportRun.Status.COMPLETED;
        int percent = done ? 100 : run.getRowsExpected() == 0 ? 0
                : (int) Math.min(99, run.getRowsWritten() * 100 / run.getRowsExpected());
        return new ReportRunView(run.getId(), run.getReport().slug(), run.getStatus().name(), run.getRowsExpected(),
                run.getRowsWritten(), percent, run.getRequestedAt(), run.getFinishedAt(), run.getFileSize(),
                done ? "report-runs/" + run.getId() + "/file" : null, run.getFailure());
    }
}
