package kz.qorgau.reports.control;

import kz.qorgau.platform.NotReady;
import kz.qorgau.reports.entity.ReportRun;

/** A background report's file was asked for before it was written, or after its run failed. */
public class ReportNotReady extends NotReady {

    public ReportNotReady(long id, ReportRun.Status status) {
        super(status == ReportRun.Status.FAILED ? "report.run.failed" : "report.run.not-ready", id);
    }
}
