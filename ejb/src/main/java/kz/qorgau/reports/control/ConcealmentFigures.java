package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import kz.qorgau.platform.Kazakhstan;

/**
 * The concealment flags (EW-11) raised in a report's period within its scope, by where they stand now: open,
 * withdrawn by the school's own report, confirmed or dismissed by a coordinator or an ombudsman. Shared by the
 * regional summary (per district) and the rule-quality workbook (the share confirmed).
 */
final class ConcealmentFigures {

    private static final List<Column> COLUMNS = List.of(Column.count("report.flags.column.raised"),
            Column.count("report.flags.column.open"), Column.count("report.flags.column.withdrawn"),
            Column.count("report.flags.column.confirmed"), Column.count("report.flags.column.dismissed"),
            Column.percent("report.flags.column.confirmed-share"));

    private ConcealmentFigures() {
    }

    /** A sheet with a row per district of the scope that had a flag, and the totals. */
    static void writeByDistrict(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        ReportTable table = book.table("report.flags.sheet", concat(Column.text("report.column.region"),
                Column.text("report.column.district")));
        String name = Names.column(book.locale());
        String query = """
                select r.name_%2$s, d.name_%2$s, %3$s
                from concealment_flag f join school sc on sc.id = f.school_id join district d on d.id = sc.district_id
                     join region r on r.id = d.region_id
                where %1$s and f.raised_at >= ? and f.raised_at < ?
                group by grouping sets ((r.name_%2$s, d.name_%2$s), ())
                order by r.name_%2$s nulls last, d.name_%2$s
                """;
        read(connection, request, query.formatted("%1$s", name, COUNTS), table, book, 2);
    }

    /** A sheet with the flags of the whole scope in one row: how many held, once someone looked. */
    static void writeShareConfirmed(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        ReportTable table = book.table("report.flags.quality.sheet", concat(Column.text("report.quality.column.rule")));
        String query = """
                select 'EW-11', %2$s
                from concealment_flag f join school sc on sc.id = f.school_id join district d on d.id = sc.district_id
                where %1$s and f.raised_at >= ? and f.raised_at < ?
                """;
        read(connection, request, query.formatted("%1$s", COUNTS), table, book, 1);
    }

    private static final String COUNTS = """
            count(*), count(*) filter (where f.status = 'OPEN'), count(*) filter (where f.status = 'WITHDRAWN'),
            count(*) filter (where f.status = 'CONFIRMED'), count(*) filter (where f.status = 'DISMISSED')""";

    /**
     * @param labels how many text columns come before the counts; with more than one, the row whose first is null
     *               (the grand total of the grouping sets) is the table's totals
     */
    private static void read(Connection connection, ReportRequest request, String query, ReportTable table,
                             ReportBook book, int labels) throws SQLException {
        Where where = Where.of(request);
        try (PreparedStatement select = where.prepare(connection, query.formatted(where.sql()), Where.HERE,
                request.period().start(Kazakhstan.TIME_ZONE), request.period().end(Kazakhstan.TIME_ZONE));
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[labels + COLUMNS.size()];
                for (int i = 0; i < labels; i++) {
                    row[i] = rs.getString(i + 1);
                }
                if (labels == 1) {
                    row[0] = row[0] + " " + book.text("report.rule." + row[0]);
                }
                for (int i = 0; i < 5; i++) {
                    row[labels + i] = rs.getLong(labels + 1 + i);
                }
                long confirmed = rs.getLong(labels + 4);
                row[labels + 5] = book.ratio(confirmed, confirmed + rs.getLong(labels + 5));
                if (labels > 1 && row[0] == null) {
                    table.totals(row);
                } else {
                    table.row(row);
                }
            }
        }
        table.finish();
    }

    private static List<Column> concat(Column... first) {
        List<Column> columns = new ArrayList<>(List.of(first));
        columns.addAll(COLUMNS);
        return columns;
    }
}
