package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.SQLException;

import kz.qorgau.reports.entity.ReportKind;

/** One workbook of docs/PRODUCT.md section 6, written from the database through plain JDBC. */
interface Report {

    ReportKind kind();

    /**
     * How many rows the report will hold, which decides whether it is written in the background. A statistical
     * report holds a row per district, school or category at the most, which is always small.
     */
    default long expectedRows(Connection connection, ReportRequest request) throws SQLException {
        return 0;
    }

    void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException;
}
