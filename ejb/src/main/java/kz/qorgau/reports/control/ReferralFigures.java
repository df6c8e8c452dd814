package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import kz.qorgau.platform.Kazakhstan;

/**
 * The referrals made in a report's period within its scope, per service of the catalogue: where they stand now
 * (waiting for the service's answer, overdue among those, accepted, declined, done, revoked), and on what they rest,
 * the guardian's consent or a legal ground (docs/REPORTS.md, "Referrals"). Each row adds up twice, by status and by
 * basis, and the overdue are part of the waiting: suppression knows it, so no withheld count is worked out from a row.
 */
final class ReferralFigures {

    /** Columns of the counts, after region, service and kind. */
    static final int REFERRED = 3;
    static final int WAITING = 4;
    static final int OVERDUE = 5;
    static final int ON_CONSENT = 10;
    static final int ON_GROUND = 11;

    private ReferralFigures() {
    }

    static void writeByService(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        ReportTable table = book.table("report.referrals.sheet", List.of(Column.text("report.column.region"),
                Column.text("report.referrals.column.service"), Column.text("report.referrals.column.kind"),
                Column.count("report.referrals.column.referred"), Column.count("report.referrals.column.waiting"),
                Column.count("report.referrals.column.overdue"), Column.count("report.referrals.column.accepted"),
                Column.count("report.referrals.column.declined"), Column.count("report.referrals.column.done"),
                Column.count("report.referrals.column.revoked"), Column.count("report.referrals.column.on-consent"),
                Column.count("report.referrals.column.on-ground")));
        Where where = Where.of(request);
        String name = Names.column(book.locale());
        LocalDate today = LocalDate.now(Kazakhstan.TIME_ZONE);
        String query = """
                select r.name_%2$s, p.name_%2$s, p.kind, count(*),
                       count(*) filter (where f.status = 'SENT'),
                       count(*) filter (where f.status = 'SENT' and f.due_on < ?),
                       count(*) filter (where f.status = 'ACCEPTED'), count(*) filter (where f.status = 'DECLINED'),
                       count(*) filter (where f.status = 'DONE'), count(*) filter (where f.status = 'REVOKED'),
                       count(*) filter (where f.consent_id is not null), count(*) filter (where f.consent_id is null)
                from referral f join service_provider p on p.id = f.service_id join student s on s.id = f.student_id
                     join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                     join region r on r.id = d.region_id
                where %1$s and f.referred_at >= ? and f.referred_at < ?
                group by grouping sets ((r.name_%2$s, p.name_%2$s, p.kind, p.id), ())
                order by r.name_%2$s nulls last, p.name_%2$s, p.id
                """.formatted(where.sql(), name);
        try (PreparedStatement select = where.prepare(connection, query, today, Where.HERE,
                request.period().start(Kazakhstan.TIME_ZONE), request.period().end(Kazakhstan.TIME_ZONE));
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[12];
                row[0] = rs.getString(1);
                row[1] = rs.getString(2);
                String kind = rs.getString(3);
                row[2] = kind == null ? null : book.text("service.kind." + kind);
                for (int i = REFERRED; i < row.length; i++) {
                    row[i] = rs.getLong(i + 1);
                }
                if (row[0] == null) {
                    table.totals(row);
                } else {
                    table.row(row);
                }
            }
        }
        table.addsUpInEachRow(new int[] {WAITING, 6, 7, 8, 9}, REFERRED);
        table.addsUpInEachRow(new int[] {ON_CONSENT, ON_GROUND}, REFERRED);
        table.partOf(OVERDUE, WAITING);
        table.finish();
    }
}
