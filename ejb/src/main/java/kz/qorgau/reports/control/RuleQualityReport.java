package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.schools.entity.InstructionLanguage;
import kz.qorgau.students.entity.Sex;

/**
 * docs/PRODUCT.md section 6, rule quality: per rule, the cases it raised in the period, how its assignees judged it,
 * and the share of children it raised among the students of each sex, language of instruction and school, so that a
 * rule weighing on one group more than another is seen and corrected; and for the concealment flags (EW-11), which
 * open no case, the share an overseer confirmed.
 */
final class RuleQualityReport implements Report {

    /** The active students of the scope and the reasons raised for them in the period. */
    private static final String RAISED = """
            with students as (
                select s.id, s.sex, coalesce(sc.instruction_language, '%2$s') as language, sc.id as school_id
                from student s join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where %s and s.status = 'ACTIVE'
            ), raised as (
                select r.rule_id, r.case_id, c.student_id, r.useful
                from case_reason r join early_warning_case c on c.id = r.case_id
                where r.raised_at >= ? and r.raised_at < ? and c.student_id in (select id from students)
            )
            """;

    @Override
    public ReportKind kind() {
        return ReportKind.RULE_QUALITY;
    }

    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        book.cover(book.text("report.rule-quality.title"), request, List.of());
        ReportTable byRule = writeByRule(connection, request, book);
        ReportTable bySex = writeByGroup(connection, request, book, "report.quality.by-sex.sheet",
                "report.quality.column.sex", "sex", new Labels<>(Sex.class, "report.sex.", book));
        ReportTable byLanguage = writeByGroup(connection, request, book, "report.quality.by-language.sheet",
                "report.quality.column.language", "language",
                new Labels<>(InstructionLanguage.class, "report.language.", book).and(NOT_STATED));
        ReportTable bySchool = writeBySchool(connection, request, book);
        // Each rule's children by sex, by language and by school add up to its children on the first sheet.
        int[] rule = {0};
        bySex.breaksDown(rule, 3, byRule, rule, 2);
        byLanguage.breaksDown(rule, 3, byRule, rule, 2);
        bySchool.breaksDown(rule, 4, byRule, rule, 2);
        ConcealmentFigures.writeShareConfirmed(connection, request, book);
    }

    /** A rule as the reader knows it: its code and short name in the workbook's language. */
    private static String rule(ReportBook book, String id) {
        return id + " " + book.text("report.rule." + id);
    }

    /** The group of the schools whose language of instruction nobody stated. */
    private static final String NOT_STATED = "NOT_STATED";

    private static ReportTable writeByRule(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        ReportTable table = book.table("report.quality.by-rule.sheet", List.of(
                Column.text("report.quality.column.rule"), Column.text("report.quality.column.description"),
                Column.count("report.quality.column.cases"),
                Column.count("report.quality.column.children"), Column.count("report.quality.column.useful"),
                Column.count("report.quality.column.not-useful"), Column.percent("report.quality.column.useful-share"),
                Column.percent("report.quality.column.rate")));
        Where where = Where.of(request);
        String query = RAISED.formatted(where.sql(), NOT_STATED) + """
                select rule_id, count(distinct case_id), count(distinct student_id),
                       count(*) filter (where useful), count(*) filter (where not useful),
                       (select count(*) from students)
                from raised group by grouping sets ((rule_id), ()) order by rule_id nulls last
                """;
        try (PreparedStatement select = prepare(connection, query, where, request);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                long useful = rs.getLong(4);
                long notUseful = rs.getLong(5);
                Object share = book.ratio(useful, useful + notUseful);
                Object[] row = {id == null ? null : rule(book, id),
                        id == null ? null : book.text("report.rule.description." + id), rs.getLong(2),
                        rs.getLong(3), useful, notUseful,
                        share instanceof ReportTable.Derived d ? book.derived(d.value(), useful, notUseful) : share,
                        book.ratio(rs.getLong(3), rs.getLong(6))};
                if (id == null) {
                    table.totals(row);
                } else {
                    table.row(row);
                }
            }
        }
        table.finish();
        book.barChart("report.chart.sheet", "report.quality.chart.title", table, 0, "report.chart.axis.cases",
                List.of(new ReportBook.Series("report.quality.column.cases", 2)));
        return table;
    }

    /** A row per rule and group (sex or language), zeros included, with the share of the group's children raised. */
    private static ReportTable writeByGroup(Connection connection, ReportRequest request, ReportBook book, String sheet,
                                     String heading, String group, Labels<?> labels) throws SQLException {
        ReportTable table = book.table(sheet, List.of(Column.text("report.quality.column.rule"),
                Column.text(heading), Column.count("report.quality.column.students"),
                Column.count("report.quality.column.children"), Column.percent("report.quality.column.rate")));
        Where where = Where.of(request);
        String query = RAISED.formatted(where.sql(), NOT_STATED) + """
                , groups as (select %1$s as grp, count(*) as students from students group by %1$s)
                , rules as (select distinct rule_id from raised)
                select u.rule_id, g.grp, g.students,
                       (select count(distinct r.student_id) from raised r join students s on s.id = r.student_id
                        where r.rule_id = u.rule_id and s.%1$s = g.grp)
                from rules u cross join groups g
                order by u.rule_id, g.grp
                """.formatted(group);
        try (PreparedStatement select = prepare(connection, query, where, request);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long students = rs.getLong(3);
                long children = rs.getLong(4);
                table.row(rule(book, rs.getString(1)), labels.of(rs.getString(2)), students, children,
                        book.ratio(children, students));
            }
        }
        table.finish();
        return table;
    }

    /** A row per rule and school where the rule raised anyone, the schools it weighs on most first. */
    private static ReportTable writeBySchool(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        ReportTable table = book.table("report.quality.by-school.sheet", List.of(
                Column.text("report.quality.column.rule"), Column.id("report.column.school-id"),
                Column.text("report.column.school"), Column.count("report.quality.column.students"),
                Column.count("report.quality.column.children"), Column.percent("report.quality.column.rate")));
        Where where = Where.of(request);
        String query = RAISED.formatted(where.sql(), NOT_STATED) + """
                , schools as (select school_id, count(*) as students from students group by school_id)
                select r.rule_id, s.school_id, sc.name_%s, min(p.students), count(distinct r.student_id)
                from raised r join students s on s.id = r.student_id join schools p on p.school_id = s.school_id
                     join school sc on sc.id = s.school_id
                group by r.rule_id, s.school_id, sc.name_%1$s
                order by r.rule_id, count(distinct r.student_id)::float / min(p.students) desc, s.school_id
                """.formatted(Names.column(book.locale()));
        try (PreparedStatement select = prepare(connection, query, where, request);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long students = rs.getLong(4);
                long children = rs.getLong(5);
                table.row(rule(book, rs.getString(1)), rs.getLong(2), rs.getString(3), students, children,
                        book.ratio(children, students));
            }
        }
        table.finish();
        return table;
    }

    private static PreparedStatement prepare(Connection connection, String query, Where where, ReportRequest request)
            throws SQLException {
        return where.prepare(connection, query, Where.HERE, request.period().start(Kazakhstan.TIME_ZONE),
                request.period().end(Kazakhstan.TIME_ZONE));
    }
}
