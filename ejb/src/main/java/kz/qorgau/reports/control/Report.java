package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadFactory;

import kz.qorgau.reports.entity.ReportKind;

/** One workbook of DESIGN.md section 6, written from the database through plain JDBC. */
interface Report {

    ReportKind kind();

    /** How many rows the report will hold, which decides whether it is written in the background. */
    long expectedRows(Connection connection, ReportRequest request) throws SQLException;

    /** Writes the workbook; {@code threads} gives a thread to read ahead on, where a report reads many rows. */
    void write(Connection connection, ReportRequest request, ReportBook book, ThreadFactory threads)
            throws SQLException;
}
