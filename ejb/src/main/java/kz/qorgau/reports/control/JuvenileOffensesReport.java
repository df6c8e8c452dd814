package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.reports.entity.ReportKind;

/**
 * docs/PRODUCT.md section 6, juvenile offenses: incidents with children of the scope, by type and by district, in the
 * period against the same days a year before, with the change and how many happened on school grounds. An
 * incident counts once in each district its participants study in, and once in the totals.
 */
final class JuvenileOffensesReport implements Report {

    private static final String INCIDENTS = """
            with incidents as (
                select distinct i.id as incident_id, i.type, i.occurred_on between ? and ? as now,
                       i.occurred_on between ? and ? as before, coalesce(i.on_school_grounds, false) as grounds,
                       d.id as district_id
                from incident i join incident_participant p on p.incident_id = i.id
                     join student s on s.id = p.student_id join school sc on sc.id = s.school_id
                     join district d on d.id = sc.district_id
                where %s and (i.occurred_on between ? and ? or i.occurred_on between ? and ?)
            )
            """;
    private static final String COUNTS = """
            count(distinct incident_id) filter (where now), count(distinct incident_id) filter (where before),
            count(distinct incident_id) filter (where now and grounds)
            """;

    @Override
    public ReportKind kind() {
        return ReportKind.JUVENILE_OFFENSES;
    }


    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        Period before = request.period().yearBefore();
        book.cover(book.text("report.juvenile-offenses.title"), request, List.<String[]>of(
                new String[] {book.text("report.offenses.compared-with"), book.text("report.cover.period.value",
                        book.styles.dateText(before.from()), book.styles.dateText(before.to()))}));
        Labels<IncidentType> types = new Labels<>(IncidentType.class, "incident.type.", book);
        ReportTable byType = writeByType(connection, request, book, types);
        ReportTable byDistrict = writeByDistrict(connection, request, book, types);
        // The districts' rows of a type add up to the type's row, or more where an incident spans two districts.
        int[][] columns = {{3, 1}, {4, 2}, {6, 4}};
        for (int[] c : columns) {
            byDistrict.breaksDown(new int[] {2}, c[0], byType, new int[] {0}, c[1]);
        }
        byType.partOf(4, 1);
        byDistrict.partOf(6, 3);
    }

    private static ReportTable writeByType(Connection connection, ReportRequest request, ReportBook book,
                                    Labels<IncidentType> types) throws SQLException {
        ReportTable table = book.table("report.offenses.by-type.sheet", List.of(
                Column.text("report.offenses.column.type"), Column.count("report.offenses.column.now"),
                Column.count("report.offenses.column.before"), Column.percent("report.offenses.column.change"),
                Column.count("report.offenses.column.grounds")));
        long[][] byType = new long[IncidentType.values().length][];
        long[] total = {0, 0, 0};
        Where where = Where.of(request);
        String query = INCIDENTS.formatted(where.sql()) + "select type, " + COUNTS
                + " from incidents group by grouping sets ((type), ())";
        try (PreparedStatement select = prepare(connection, query, where, request);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long[] n = {rs.getLong(2), rs.getLong(3), rs.getLong(4)};
                if (rs.getString(1) == null) {
                    total = n;
                } else {
                    byType[IncidentType.valueOf(rs.getString(1)).ordinal()] = n;
                }
            }
        }
        for (IncidentType type : IncidentType.values()) {
            long[] n = byType[type.ordinal()] == null ? new long[3] : byType[type.ordinal()];
            table.row(types.of(type.name()), n[0], n[1], book.change(n[1], n[0]), n[2]);
        }
        table.totals(null, total[0], total[1], book.change(total[1], total[0]), total[2]);
        table.finish();
        book.barChart("report.chart.sheet", "report.offenses.chart.title", table, 0, "report.chart.axis.incidents",
                List.of(new ReportBook.Series("report.offenses.column.now", 1),
                        new ReportBook.Series("report.offenses.column.before", 2)));
        return table;
    }

    private static ReportTable writeByDistrict(Connection connection, ReportRequest request, ReportBook book,
                                        Labels<IncidentType> types) throws SQLException {
        ReportTable table = book.table("report.offenses.by-district.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.text("report.offenses.column.type"), Column.count("report.offenses.column.now"),
                Column.count("report.offenses.column.before"), Column.percent("report.offenses.column.change"),
                Column.count("report.offenses.column.grounds")));
        Where where = Where.of(request);
        String name = Names.column(book.locale());
        String query = INCIDENTS.formatted(where.sql()) + """
                select r.name_%1$s, d.name_%1$s, x.type, %2$s
                from incidents x join district d on d.id = x.district_id join region r on r.id = d.region_id
                group by r.name_%1$s, d.name_%1$s, x.type
                order by r.name_%1$s, d.name_%1$s, x.type
                """.formatted(name, COUNTS);
        try (PreparedStatement select = prepare(connection, query, where, request);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long now = rs.getLong(4);
                long before = rs.getLong(5);
                table.row(rs.getString(1), rs.getString(2), types.of(rs.getString(3)), now, before,
                        book.change(before, now), rs.getLong(6));
            }
        }
        table.finish();
        return table;
    }

    private static PreparedStatement prepare(Connection connection, String query, Where where, ReportRequest request)
            throws SQLException {
        Period now = request.period();
        Period before = now.yearBefore();
        return where.prepare(connection, query, now.from(), now.to(), before.from(), before.to(), Where.HERE,
                now.from(), now.to(), before.from(), before.to());
    }
}
