package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration 23 on a real PostgreSQL: the schema brought to migration 22, rows written as the server stored them
 * before the pages read forms as UTF-8, then the repair; a database without damage is left as it was.
 */
class GarbledTextRepairTest {

    private static final NoteCipher NOTES = TestPostgres.NOTES;

    private static TestPostgres postgres;
    private static DataSource owner;

    private static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @BeforeAll
    static void schemaAtMigration22() throws Exception {
        postgres = new TestPostgres();
        owner = postgres.database("repair");
        flyway("22").migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Flyway flyway(String target) {
        return TestPostgres.flyway(owner, target);
    }

    @Test
    void repairsEveryGarbledColumnAndAuditsEachRowOnce() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into region values (990, 'Облыс', 'Область', 'Region')");
            s.execute("insert into district values (99001, 990, '" + garbled("Ауыл ауданы") + "', 'Район', 'District')");
            s.execute("insert into school (id, district_id, kind, name_kk, name_ru, name_en)"
                    + " values (9900101, 99001, 'SCHOOL', 'Мектеп', 'Школа', 'Müller School')");
            s.execute("insert into student (id, iin, last_name, first_name, middle_name, birth_date, sex, school_id,"
                    + " status, created_at, version) values (1, '120101500011', '" + garbled("Құрманғазиева")
                    + "', '" + garbled("Әлия") + "', 'Иванқызы', '2012-01-01', 'FEMALE', 9900101, 'ACTIVE', now(), 0)");
            s.execute("insert into psychologist_session (id, student_id, session_date, kind, risk_level,"
                    + " confidential_note, author, recorded_at) values (1, 1, current_date, 'INDIVIDUAL', 'HIGH', '"
                    + NOTES.seal(garbled("Ұйқысыздық, тревога; өзіне зиян")) + "', 'psychologist1', now())");
            s.execute("insert into psychologist_session (id, student_id, session_date, kind, risk_level,"
                    + " confidential_note, author, recorded_at) values (2, 1, current_date, 'INDIVIDUAL', 'LOW', '"
                    + NOTES.seal("Бәрі жақсы") + "', 'psychologist1', now())");
            s.execute("insert into early_warning_case (id, student_id, status, level, opened_at, first_contact_due,"
                    + " version) values (1, 1, 'NEW', 'HIGH', now(), now(), 0)");
            s.execute("insert into case_event (id, case_id, occurred_at, actor, type, arguments) values (1, 1, now(),"
                    + " 'psychologist1', 'FIRST_CONTACT', array['" + garbled("Анасымен сөйлестік") + "', '2026-12-01'])");
        }

        flyway("23").migrate();

        try (Connection c = owner.getConnection()) {
            assertThat(text(c, "select name_kk from district where id = 99001")).isEqualTo("Ауыл ауданы");
            assertThat(text(c, "select last_name || ' ' || first_name || ' ' || middle_name from student where id = 1"))
                    .isEqualTo("Құрманғазиева Әлия Иванқызы");
            assertThat(NOTES.open(text(c, "select confidential_note from psychologist_session where id = 1")))
                    .isEqualTo("Ұйқысыздық, тревога; өзіне зиян");
            assertThat(NOTES.open(text(c, "select confidential_note from psychologist_session where id = 2")))
                    .isEqualTo("Бәрі жақсы");
            assertThat(text(c, "select arguments[1] from case_event where id = 1")).isEqualTo("Анасымен сөйлестік");
            assertThat(text(c, "select name_en from school where id = 9900101")).isEqualTo("Müller School");
            assertThat(rows(c, "select record_type || ':' || coalesce(record_id::text, '-') from audit_event"
                    + " where action = 'REPAIR' and username = 'system' order by 1"))
                    .containsExactly("case_event:1", "district:99001", "psychologist_session:1", "student:1");
            assertThat(rows(c, "select tgname from pg_trigger where not tgisinternal and tgenabled = 'D'")).isEmpty();
        }
    }

    @Test
    void aDatabaseWithNothingDamagedIsLeftAsItWas() throws SQLException {
        DataSource clean = postgres.database("clean");
        TestPostgres.flyway(clean, "22").migrate();
        try (Connection c = clean.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into region values (991, 'Қарағанды облысы', 'Карагандинская область', 'Karaganda')");
        }

        TestPostgres.flyway(clean, "23").migrate();

        try (Connection c = clean.getConnection()) {
            assertThat(text(c, "select name_kk || name_ru from region where id = 991"))
                    .isEqualTo("Қарағанды облысыКарагандинская область");
            assertThat(rows(c, "select id from audit_event where action = 'REPAIR'")).isEmpty();
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
