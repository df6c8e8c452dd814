package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.reports.entity.ReportKind;

/**
 * docs/PRODUCT.md section 6, regional summary: per region and district, students and how many of them were surveyed in
 * the period, cases open at its end by level, new, closed and overdue, the median time to a first contact, and
 * incidents on school grounds while the school had an open safety prescription; and the concealment flags raised in
 * the period, open and confirmed; and the referrals to services made in the period, by service, status and basis.
 * A district without schools has its row of zeros: the reader sees it exists and holds nobody.
 */
final class RegionalSummaryReport implements Report {

    private static final String CASES_IN_SCOPE = """
            from early_warning_case c join student s on s.id = c.student_id join school sc on sc.id = s.school_id
                 join district d on d.id = sc.district_id
            where %s and c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)
            """;

    @Override
    public ReportKind kind() {
        return ReportKind.REGIONAL_SUMMARY;
    }

    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        book.cover(book.text("report.regional-summary.title"), request, List.of());
        Map<Long, Double> medians = medianHours(connection, request);
        List<DistrictRow> rows = districts(connection, request, book, medians);
        ReportTable table = book.table("report.summary.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.count("report.summary.column.students"), Column.count("report.summary.column.surveyed"),
                Column.percent("report.summary.column.coverage"), Column.count("report.summary.column.open-low"),
                Column.count("report.summary.column.open-medium"), Column.count("report.summary.column.open-high"),
                Column.count("report.summary.column.open-critical"), Column.count("report.summary.column.new"),
                Column.count("report.summary.column.closed"), Column.count("report.summary.column.overdue"),
                Column.decimal("report.summary.column.median-hours"),
                Column.count("report.safety.column.incidents")));
        long[] total = new long[DistrictRow.COUNTS];
        for (DistrictRow row : rows) {
            long[] n = row.counts();
            table.row(row.region(), row.district(), n[0], n[1], book.ratio(n[1], n[0]), n[2], n[3], n[4], n[5],
                    n[6], n[7], n[8], row.medianHours(), n[9]);
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        }
        table.totals(null, null, total[0], total[1], book.ratio(total[1], total[0]), total[2], total[3], total[4],
                total[5], total[6], total[7], total[8], medians.get(0L), total[9]);
        table.finish();
        ReportTable levels = writeLevels(connection, request, book);
        // The levels sheet repeats the summary's open cases by level and its new and closed cases.
        for (Level level : Level.values()) {
            book.same(levels.count(level.ordinal(), 1), table.total(5 + level.ordinal()));
        }
        book.same(levels.total(2), table.total(9));
        book.same(levels.total(3), table.total(10));
        ConcealmentFigures.writeByDistrict(connection, request, book);
        ReferralFigures.writeByService(connection, request, book);
    }

    private List<DistrictRow> districts(Connection connection, ReportRequest request, ReportBook book,
                                        Map<Long, Double> medians) throws SQLException {
        Where where = Where.of(request);
        String name = Names.column(book.locale());
        Instant start = request.period().start(Kazakhstan.TIME_ZONE);
        Instant end = request.period().end(Kazakhstan.TIME_ZONE);
        Instant asOf = end.isBefore(Instant.now()) ? end : Instant.now();
        String query = """
                with scoped as (
                    select d.id as district_id, sc.id as school_id
                    from district d left join school sc on sc.district_id = d.id
                    where %1$s
                ), pupils as (
                    select s.school_id, count(*) as students
                    from student s
                    where s.status = 'ACTIVE' and s.school_id in (select school_id from scoped)
                    group by s.school_id
                ), surveyed as (
                    select s.school_id, count(distinct s.id) as surveyed
                    from survey_result r join student s on s.id = r.student_id
                    where s.status = 'ACTIVE' and r.taken_on between ? and ?
                      and s.school_id in (select school_id from scoped)
                    group by s.school_id
                ), cases as (
                    select s.school_id,
                           count(*) filter (where c.level = 'LOW' and %2$s) as low,
                           count(*) filter (where c.level = 'MEDIUM' and %2$s) as medium,
                           count(*) filter (where c.level = 'HIGH' and %2$s) as high,
                           count(*) filter (where c.level = 'CRITICAL' and %2$s) as critical,
                           count(*) filter (where c.opened_at >= ?) as opened,
                           count(*) filter (where c.closed_at >= ? and c.closed_at < ?) as closed,
                           count(*) filter (where c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)
                                             and c.first_contact_due < ?
                                             and (c.first_contact_at is null or c.first_contact_at > ?)) as overdue
                    from early_warning_case c join student s on s.id = c.student_id
                    where s.school_id in (select school_id from scoped)
                      and c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)
                    group by s.school_id
                ), at_defects as (
                    select s.school_id, count(distinct i.id) as incidents
                    from incident i join incident_participant p on p.incident_id = i.id
                         join student s on s.id = p.student_id
                    where s.school_id in (select school_id from scoped) and i.on_school_grounds
                      and i.occurred_on between ? and ?
                      and s.school_id in (select y.school_id from prescription y
                                          where y.issued_on <= ? and (y.closed_on is null or y.closed_on > ?))
                      and exists (select 1 from prescription x where x.school_id = s.school_id
                                  and x.issued_on <= i.occurred_on
                                  and (x.closed_on is null or x.closed_on > i.occurred_on))
                    group by s.school_id
                )
                select r.name_%3$s, d.name_%3$s, d.id,
                       coalesce(sum(p.students), 0), coalesce(sum(v.surveyed), 0), coalesce(sum(c.low), 0),
                       coalesce(sum(c.medium), 0), coalesce(sum(c.high), 0), coalesce(sum(c.critical), 0),
                       coalesce(sum(c.opened), 0), coalesce(sum(c.closed), 0), coalesce(sum(c.overdue), 0),
                       coalesce(sum(a.incidents), 0)
                from scoped x join district d on d.id = x.district_id join region r on r.id = d.region_id
                     left join pupils p on p.school_id = x.school_id
                     left join surveyed v on v.school_id = x.school_id
                     left join cases c on c.school_id = x.school_id
                     left join at_defects a on a.school_id = x.school_id
                group by r.name_%3$s, d.name_%3$s, d.id
                order by r.name_%3$s, d.name_%3$s
                """.formatted(where.sql(), "(c.closed_at is null or c.closed_at >= " + "?)", name);
        List<Object> values = new ArrayList<>(List.of(Where.HERE, request.period().from(), request.period().to()));
        values.addAll(Arrays.asList(end, end, end, end, start, start, end, asOf, asOf, asOf, asOf, end, start,
                request.period().from(), request.period().to(), request.period().to(), request.period().from()));
        List<DistrictRow> rows = new ArrayList<>();
        try (PreparedStatement select = where.prepare(connection, query, values.toArray());
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long[] counts = new long[DistrictRow.COUNTS];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = rs.getLong(4 + i);
                }
                rows.add(new DistrictRow(rs.getString(1), rs.getString(2), counts, medians.get(rs.getLong(3))));
            }
        }
        return rows;
    }

    /**
     * Hours from opening to first contact, the median over the cases first contacted in the period, per district
     * and, under the key 0, over all of them.
     */
    private static Map<Long, Double> medianHours(Connection connection, ReportRequest request) throws SQLException {
        Where where = Where.of(request);
        String query = """
                select coalesce(d.id, 0), percentile_cont(0.5) within group
                       (order by extract(epoch from c.first_contact_at - c.opened_at) / 3600)
                from early_warning_case c join student s on s.id = c.student_id join school sc on sc.id = s.school_id
                     join district d on d.id = sc.district_id
                where %s and c.first_contact_at >= ? and c.first_contact_at < ?
                group by grouping sets ((d.id), ())
                """.formatted(where.sql());
        Map<Long, Double> medians = new HashMap<>();
        try (PreparedStatement select = where.prepare(connection, query, Where.HERE,
                request.period().start(Kazakhstan.TIME_ZONE), request.period().end(Kazakhstan.TIME_ZONE));
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                double median = rs.getDouble(2);
                if (!rs.wasNull()) {
                    medians.put(rs.getLong(1), Math.round(median * 10) / 10.0);
                }
            }
        }
        return medians;
    }

    /** Cases by level: open at the end of the period, new and closed in it, with the chart of the open ones. */
    private static ReportTable writeLevels(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        Where where = Where.of(request);
        Instant start = request.period().start(Kazakhstan.TIME_ZONE);
        Instant end = request.period().end(Kazakhstan.TIME_ZONE);
        String query = ("""
                select c.level,
                       count(*) filter (where c.closed_at is null or c.closed_at >= ?),
                       count(*) filter (where c.opened_at >= ?),
                       count(*) filter (where c.closed_at >= ? and c.closed_at < ?)
                """ + CASES_IN_SCOPE + " group by c.level").formatted(where.sql());
        long[][] byLevel = new long[Level.values().length][3];
        try (PreparedStatement select = where.prepare(connection, query, end, start, start, end, Where.HERE, end,
                start);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long[] n = byLevel[Level.valueOf(rs.getString(1)).ordinal()];
                n[0] = rs.getLong(2);
                n[1] = rs.getLong(3);
                n[2] = rs.getLong(4);
            }
        }
        ReportTable table = book.table("report.summary.levels.sheet", List.of(Column.text("report.column.level"),
                Column.count("report.summary.column.open"), Column.count("report.summary.column.new"),
                Column.count("report.summary.column.closed")));
        long[] total = new long[3];
        for (Level level : Level.values()) {
            long[] n = byLevel[level.ordinal()];
            table.row(book.text("level." + level), n[0], n[1], n[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        }
        table.totals(null, total[0], total[1], total[2]);
        table.finish();
        book.barChart("report.chart.sheet", "report.summary.chart.title", table, 0, "report.chart.axis.cases",
                List.of(new ReportBook.Series("report.summary.column.open", 1)));
        return table;
    }

    /** One district's figures in the order of the summary's count columns, students first. */
    private record DistrictRow(String region, String district, long[] counts, Double medianHours) {
        static final int COUNTS = 10;
    }
}
