package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import kz.qorgau.police.entity.RaidReason;
import kz.qorgau.police.entity.RegistrationReason;
import kz.qorgau.reports.entity.ReportKind;

/**
 * docs/PRODUCT.md section 6, registers: teenagers and families on the police register at the end of the period,
 * registered and removed in it, and raid deliveries; by district, then by reason.
 */
final class RegistersReport implements Report {

    private static final String SCOPED = """
            with scoped as (
                select d.id as district_id, sc.id as school_id
                from district d left join school sc on sc.district_id = d.id
                where %s
            )
            """;
    private static final String ON_REGISTER = "registered_on <= ? and (removed_on is null or removed_on > ?)";

    @Override
    public ReportKind kind() {
        return ReportKind.REGISTERS;
    }


    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        book.cover(book.text("report.registers.title"), request, List.of());
        ReportTable byDistrict = writeByDistrict(connection, request, book);
        ReportTable teens = writeByReason(connection, request, book, "report.registers.teens-by-reason.sheet",
                new Labels<>(RegistrationReason.class, "police.reason.", book), """
                        select pr.reason, count(distinct pr.student_id) filter (where pr.%s),
                               count(distinct pr.student_id) filter (where pr.registered_on between ? and ?)
                        from police_registration pr join student s on s.id = pr.student_id
                        where s.school_id in (select school_id from scoped)
                        group by pr.reason order by pr.reason
                        """.formatted(ON_REGISTER),
                List.of(Column.count("report.registers.column.teens-on-register"),
                        Column.count("report.registers.column.teens-registered")), true);
        ReportTable raids = writeByReason(connection, request, book, "report.registers.raids-by-reason.sheet",
                new Labels<>(RaidReason.class, "raid.reason.", book), """
                        select rd.reason, count(*)
                        from raid_delivery rd join student s on s.id = rd.student_id
                        where s.school_id in (select school_id from scoped) and rd.delivered_on between ? and ?
                        group by rd.reason order by rd.reason
                        """,
                List.of(Column.count("report.registers.column.raids")), false);
        // The by-reason totals against the by-district ones: equal, or more where a teenager has two reasons.
        book.same(teens.total(1), byDistrict.total(2));
        book.same(teens.total(2), byDistrict.total(3));
        book.same(raids.total(1), byDistrict.total(8));
    }

    private static ReportTable writeByDistrict(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        ReportTable table = book.table("report.registers.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.count("report.registers.column.teens-on-register"),
                Column.count("report.registers.column.teens-registered"),
                Column.count("report.registers.column.teens-removed"),
                Column.count("report.registers.column.families-on-register"),
                Column.count("report.registers.column.families-registered"),
                Column.count("report.registers.column.families-removed"),
                Column.count("report.registers.column.raids")));
        Where where = Where.of(request);
        String name = Names.column(book.locale());
        String query = SCOPED.formatted(where.sql()) + """
                , teens as (
                    select s.school_id,
                           count(distinct pr.student_id) filter (where pr.%1$s) as on_register,
                           count(distinct pr.student_id) filter (where pr.registered_on between ? and ?) as registered,
                           count(distinct pr.student_id) filter (where pr.removed_on between ? and ?) as removed
                    from police_registration pr join student s on s.id = pr.student_id
                    where s.school_id in (select school_id from scoped)
                    group by s.school_id
                ), families as (
                    select f.school_id,
                           count(distinct fr.family_id) filter (where fr.%1$s) as on_register,
                           count(distinct fr.family_id) filter (where fr.registered_on between ? and ?) as registered,
                           count(distinct fr.family_id) filter (where fr.removed_on between ? and ?) as removed
                    from family_police_registration fr join family f on f.id = fr.family_id
                    where f.school_id in (select school_id from scoped)
                    group by f.school_id
                ), raids as (
                    select s.school_id, count(*) as delivered
                    from raid_delivery rd join student s on s.id = rd.student_id
                    where s.school_id in (select school_id from scoped) and rd.delivered_on between ? and ?
                    group by s.school_id
                )
                select r.name_%2$s, d.name_%2$s,
                       coalesce(sum(t.on_register), 0), coalesce(sum(t.registered), 0), coalesce(sum(t.removed), 0),
                       coalesce(sum(f.on_register), 0), coalesce(sum(f.registered), 0), coalesce(sum(f.removed), 0),
                       coalesce(sum(x.delivered), 0)
                from scoped o join district d on d.id = o.district_id join region r on r.id = d.region_id
                     left join teens t on t.school_id = o.school_id
                     left join families f on f.school_id = o.school_id
                     left join raids x on x.school_id = o.school_id
                group by r.name_%2$s, d.name_%2$s, d.id
                order by r.name_%2$s, d.name_%2$s
                """.formatted(ON_REGISTER, name);
        var from = request.period().from();
        var to = request.period().to();
        long[] total = new long[7];
        try (PreparedStatement select = where.prepare(connection, query, Where.HERE, to, to, from, to, from, to,
                to, to, from, to, from, to, from, to);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[9];
                row[0] = rs.getString(1);
                row[1] = rs.getString(2);
                for (int i = 0; i < total.length; i++) {
                    long n = rs.getLong(3 + i);
                    row[2 + i] = n;
                    total[i] += n;
                }
                table.row(row);
            }
        }
        table.totals(null, null, total[0], total[1], total[2], total[3], total[4], total[5], total[6]);
        table.finish();
        return table;
    }

    /** A sheet with a row per reason: {@code query} reads the reason and then one count per column. */
    private static ReportTable writeByReason(Connection connection, ReportRequest request, ReportBook book, String sheet,
                                      Labels<?> reasons, String query, List<Column> counts, boolean onRegister)
            throws SQLException {
        List<Column> columns = new ArrayList<>(List.of(Column.text("report.registers.column.reason")));
        columns.addAll(counts);
        ReportTable table = book.table(sheet, columns);
        Where where = Where.of(request);
        var from = request.period().from();
        var to = request.period().to();
        Object[] values = onRegister ? new Object[] {Where.HERE, to, to, from, to} : new Object[] {Where.HERE, from, to};
        long[] total = new long[counts.size()];
        try (PreparedStatement select = where.prepare(connection, SCOPED.formatted(where.sql()) + query, values);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                row[0] = reasons.of(rs.getString(1));
                for (int i = 0; i < total.length; i++) {
                    long n = rs.getLong(2 + i);
                    row[1 + i] = n;
                    total[i] += n;
                }
                table.row(row);
            }
        }
        Object[] totals = new Object[columns.size()];
        for (int i = 0; i < total.length; i++) {
            totals[1 + i] = total[i];
        }
        table.totals(totals);
        table.finish();
        return table;
    }
}
