package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ThreadFactory;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.reports.entity.ReportKind;

/**
 * The filtered list of cases with the children's names (personal data): every case open at some time in the
 * period, newest first, read with a cursor and streamed row by row into the sheet; the rows are read ahead on a
 * thread of their own, so that PostgreSQL's work overlaps SXSSF's.
 */
final class CaseListReport implements Report {

    private static final int FETCH = 2_000;
    private static final String FROM = """
            from early_warning_case c join student s on s.id = c.student_id join school sc on sc.id = s.school_id
                 join district d on d.id = sc.district_id
            where %s and c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)
              and (cast(? as varchar) is null or c.level = ?) and (cast(? as varchar) is null or c.status = ?)
            """;

    /** The thread the rows are read ahead on (see ReadAhead). */
    private final ThreadFactory threads;

    CaseListReport(ThreadFactory threads) {
        this.threads = threads;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.CASES;
    }

    @Override
    public long expectedRows(Connection connection, ReportRequest request) throws SQLException {
        Where where = Where.of(request);
        try (PreparedStatement count = prepare(connection, "select count(*) " + FROM.formatted(where.sql()),
                where, request);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        book.cover(book.text("report.cases.title"), request, filters(request, book));
        ReportTable table = book.table("report.cases.sheet", List.of(
                Column.id("report.cases.column.case"), Column.text("report.cases.column.iin"),
                Column.text("report.cases.column.student"), Column.id("report.cases.column.school-id"),
                Column.text("report.cases.column.school"), Column.text("report.cases.column.level"),
                Column.text("report.cases.column.status"), Column.dateTime("report.cases.column.opened"),
                Column.dateTime("report.cases.column.first-contact-due"),
                Column.dateTime("report.cases.column.closed"), Column.text("report.cases.column.rules"),
                Column.text("report.cases.column.assignees")));
        Labels<Level> levels = new Labels<>(Level.class, "level.", book);
        Labels<CaseStatus> statuses = new Labels<>(CaseStatus.class, "status.", book);
        Where where = Where.of(request);
        String query = """
                select c.id, s.iin, s.last_name, s.first_name, s.middle_name, sc.id, sc.name_%s, c.level, c.status,
                       c.opened_at, c.first_contact_due, c.closed_at,
                       c.rule_ids, c.assignees
                """.formatted(Names.column(book.locale())) + FROM.formatted(where.sql())
                + " order by c.opened_at desc, c.id desc";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement select = prepare(connection, query, where, request)) {
            select.setFetchSize(FETCH);
            try (ResultSet rs = select.executeQuery()) {
                ZoneId zone = book.zone();
                boolean initials = request.initials();
                ReadAhead.forEach(rs, r -> new Object[] {r.getLong(1), initials ? null : r.getString(2).strip(),
                        initials ? initials(r.getString(3), r.getString(4), r.getString(5))
                                : name(r.getString(3), r.getString(4), r.getString(5)), r.getLong(6), r.getString(7),
                        levels.of(r.getString(8)), statuses.of(r.getString(9)), local(r, 10, zone),
                        local(r, 11, zone), local(r, 12, zone), r.getString(13), r.getString(14)}, threads, table::row);
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        table.finish();
    }

    private static PreparedStatement prepare(Connection connection, String query, Where where,
                                             ReportRequest request) throws SQLException {
        String level = request.level() == null ? null : request.level().name();
        String status = request.status() == null ? null : request.status().name();
        return where.prepare(connection, query, Where.HERE, request.period().end(Kazakhstan.TIME_ZONE),
                request.period().start(Kazakhstan.TIME_ZONE), level, level, status, status);
    }

    private static List<String[]> filters(ReportRequest request, ReportBook book) {
        List<String[]> filters = new ArrayList<>();
        if (request.level() != null) {
            filters.add(new String[] {book.text("report.cases.column.level"),
                    book.text("level." + request.level())});
        }
        if (request.status() != null) {
            filters.add(new String[] {book.text("report.cases.column.status"),
                    book.text("status." + request.status())});
        }
        if (request.initials()) {
            filters.add(new String[] {book.text("report.cases.column.student"), book.text("report.cases.masked")});
        }
        return filters;
    }

    /** "Ахметова Айгерім Нұрланқызы" as "А. А. Н.": enough to tell two cases apart, not to find the child. */
    private static String initials(String last, String first, String middle) {
        StringJoiner initials = new StringJoiner(" ");
        for (String name : new String[] {last, first, middle}) {
            if (name != null && !name.isBlank()) {
                initials.add(name.strip().substring(0, 1) + ".");
            }
        }
        return initials.toString();
    }

    private static String name(String last, String first, String middle) {
        StringJoiner name = new StringJoiner(" ").add(last).add(first);
        if (middle != null) {
            name.add(middle);
        }
        return name.toString();
    }

    /** Converted on the reading thread, which leaves the writing one only the cells. */
    private static LocalDateTime local(ResultSet rs, int column, ZoneId zone) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : LocalDateTime.ofInstant(value.toInstant(), zone);
    }
}
