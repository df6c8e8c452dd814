package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL does to a statement run again and again on one connection, with and without {@link CustomPlans}:
 * the driver prepares it on the server after five runs, and the server may then keep one plan for any values.
 */
class CustomPlansTest {

    private static final String BY_DAY = "select count(*) from visit where day between ? and ?";

    private static TestPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void aTableOfDays() throws Exception {
        postgres = new TestPostgres();
        database = postgres.database("plans");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table visit (id bigint primary key, day date not null)");
            s.execute("insert into visit select n, date '2026-01-01' + n % 365 from generate_series(1, 20000) n");
            s.execute("create index visit_day on visit (day)");
            s.execute("analyze visit");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void withoutItTheServerSoonRunsTheStatementWithOnePlanForAnyValues() throws SQLException {
        try (Connection c = database.getConnection()) {
            runFifteenTimes(c);

            assertThat(plans(c, "generic_plans")).isPositive();
        }
    }

    @Test
    void onAConnectionEveryRunIsPlannedForItsValuesUntilClosed() throws SQLException {
        try (Connection c = database.getConnection()) {
            try (CustomPlans planned = CustomPlans.on(c)) {
                runFifteenTimes(c);
            }

            assertThat(plans(c, "generic_plans")).isZero();
            assertThat(plans(c, "custom_plans")).isGreaterThanOrEqualTo(10);
            assertThat(setting(c)).isEqualTo("auto");
        }
    }

    @Test
    void inATransactionEveryRunIsPlannedForItsValuesUntilItEnds() throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            CustomPlans.inTransaction(c);
            runFifteenTimes(c);
            assertThat(plans(c, "generic_plans")).isZero();
            c.commit();

            assertThat(setting(c)).isEqualTo("auto");
        }
    }

    private static void runFifteenTimes(Connection c) throws SQLException {
        for (int i = 0; i < 15; i++) {
            try (PreparedStatement select = c.prepareStatement(BY_DAY)) {
                select.setObject(1, LocalDate.of(2026, 1, 1).plusDays(i));
                select.setObject(2, LocalDate.of(2026, 1, 1).plusDays(i + 7));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                }
            }
        }
    }

    private static long plans(Connection c, String column) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(" + column + "), 0) from pg_prepared_statements"
                     + " where statement like '%from visit%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String setting(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show plan_cache_mode")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
