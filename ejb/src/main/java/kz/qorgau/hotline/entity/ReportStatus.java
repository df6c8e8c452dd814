package kz.qorgau.hotline.entity;

/** A report is NEW until an operator triages it once, into an incident or a case, or closes it. */
public enum ReportStatus {
    NEW,
    TRIAGED_TO_INCIDENT,
    TRIAGED_TO_CASE,
    CLOSED
}
