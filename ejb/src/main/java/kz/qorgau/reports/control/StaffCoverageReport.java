package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.reports.entity.ReportKind;

/**
 * docs/PRODUCT.md section 6, staff coverage: per school, the inspectors, psychologists and social pedagogues designated
 * to it today and its cases open at the end of the period, per staff member; then per district, the schools left
 * without one of them.
 */
final class StaffCoverageReport implements Report {

    /** Each school with its designated staff by role and its open cases; parameters: period end twice. */
    private static final String PER_SCHOOL = """
            with staff as (
                select school_id, count(*) filter (where role = 'INSPECTOR') as inspectors,
                       count(*) filter (where role = 'PSYCHOLOGIST') as psychologists,
                       count(*) filter (where role = 'SOCIAL_PEDAGOGUE') as pedagogues
                from staff_designation group by school_id
            ), open_cases as (
                select s.school_id, count(*) as open
                from early_warning_case c join student s on s.id = c.student_id
                where c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)
                group by s.school_id
            ), per_school as (
                select x.id, coalesce(st.inspectors, 0) as inspectors, coalesce(st.psychologists, 0) as psychologists,
                       coalesce(st.pedagogues, 0) as pedagogues, coalesce(o.open, 0) as open
                from school x left join staff st on st.school_id = x.id left join open_cases o on o.school_id = x.id
            )
            """;

    @Override
    public ReportKind kind() {
        return ReportKind.STAFF_COVERAGE;
    }

    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        book.cover(book.text("report.staff-coverage.title"), request, List.of());
        ReportTable schools = writeSchools(connection, request, book);
        ReportTable districts = writeDistricts(connection, request, book);
        schools.breaksDown(new int[] {0, 1}, 7, districts, new int[] {0, 1}, 6);
        book.same(schools.total(7), districts.total(6));
    }

    private static ReportTable writeSchools(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        ReportTable table = book.table("report.staff.by-school.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.id("report.column.school-id"), Column.text("report.column.school"),
                Column.number("report.staff.column.inspectors"), Column.number("report.staff.column.psychologists"),
                Column.number("report.staff.column.social-pedagogues"), Column.count("report.staff.column.open"),
                Column.decimal("report.staff.column.open-per-staff")));
        Where where = Where.of(request);
        String query = PER_SCHOOL + """
                select r.name_%2$s, d.name_%2$s, sc.id, sc.name_%2$s, p.inspectors, p.psychologists, p.pedagogues,
                       p.open
                from school sc join district d on d.id = sc.district_id join region r on r.id = d.region_id
                     join per_school p on p.id = sc.id
                where %1$s
                order by r.name_%2$s, d.name_%2$s, sc.name_%2$s
                """.formatted(where.sql(), Names.column(book.locale()));
        Instant end = request.period().end(Kazakhstan.TIME_ZONE);
        long[] total = new long[4];
        try (PreparedStatement select = where.prepare(connection, query, end, end, Where.HERE);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long[] n = {rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)};
                table.row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), n[0], n[1], n[2], n[3],
                        perStaff(book, n[3], n[0] + n[1] + n[2]));
                for (int i = 0; i < n.length; i++) {
                    total[i] += n[i];
                }
            }
        }
        table.totals(null, null, null, null, total[0], total[1], total[2], total[3],
                perStaff(book, total[3], total[0] + total[1] + total[2]));
        table.finish();
        return table;
    }

    private static ReportTable writeDistricts(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        ReportTable table = book.table("report.staff.by-district.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.number("report.staff.column.schools"), Column.number("report.staff.column.no-inspector"),
                Column.number("report.staff.column.no-psychologist"),
                Column.number("report.staff.column.no-social-pedagogue"), Column.count("report.staff.column.open")));
        Where where = Where.of(request);
        String query = PER_SCHOOL + """
                select r.name_%2$s, d.name_%2$s, count(p.id), count(p.id) filter (where p.inspectors = 0),
                       count(p.id) filter (where p.psychologists = 0), count(p.id) filter (where p.pedagogues = 0),
                       coalesce(sum(p.open), 0)
                from district d join region r on r.id = d.region_id left join school sc on sc.district_id = d.id
                     left join per_school p on p.id = sc.id
                where %1$s
                group by r.name_%2$s, d.name_%2$s, d.id
                order by r.name_%2$s, d.name_%2$s
                """.formatted(where.sql(), Names.column(book.locale()));
        Instant end = request.period().end(Kazakhstan.TIME_ZONE);
        long[] total = new long[5];
        try (PreparedStatement select = where.prepare(connection, query, end, end, Where.HERE);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long[] n = {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)};
                table.row(rs.getString(1), rs.getString(2), n[0], n[1], n[2], n[3], n[4]);
                for (int i = 0; i < n.length; i++) {
                    total[i] += n[i];
                }
            }
        }
        table.totals(null, null, total[0], total[1], total[2], total[3], total[4]);
        table.finish();
        return table;
    }

    /** Open cases per designated staff member, or a word where the school has nobody or the count is suppressed. */
    private static Object perStaff(ReportBook book, long open, long staff) {
        if (staff == 0) {
            return open == 0 ? null : book.text("report.staff.nobody");
        }
        if (book.suppressesSmallCounts() && ReportBook.small(open)) {
            return book.text("report.ratio.suppressed");
        }
        return book.derived(Math.round(open * 10.0 / staff) / 10.0, open);
    }
}
