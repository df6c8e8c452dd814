package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.launcher.DevPostgres;

/**
 * The audit trail against the application itself: connected to the tests' PostgreSQL as the role the server works
 * as, nothing may rewrite, remove or back-date an event; and a change that the schema's owner forces through shows
 * as a break of the hash chain where it was made.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIntegrityIT {

    /** SQLSTATE insufficient_privilege. */
    private static final String NOT_ALLOWED = "42501";

    @Test
    void theApplicationRoleMayOnlyReadAndAddToTheTrail() throws SQLException {
        try (Connection app = asApplication()) {
            assertThat(strings(app, """
                    select privilege_type from information_schema.role_table_grants
                    where grantee = current_user and table_name = 'audit_event' order by 1"""))
                    .containsExactly("INSERT", "SELECT");
            assertThat(strings(app, """
                    select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',
                                               'TRIGGER']) p
                    where has_table_privilege('public.audit_event', p) order by 1"""))
                    .containsExactly("INSERT", "SELECT");
            assertThat(strings(app, """
                    select pg_get_userbyid(relowner) = current_user from pg_class
                    where oid = 'public.audit_event'::regclass""")).containsExactly("f");
        }
    }

    @Test
    void theApplicationRoleCannotRewriteTheTrail() throws SQLException {
        try (Connection app = asApplication()) {
            assertThat(refusal(app, "truncate audit_event")).isEqualTo(NOT_ALLOWED);
            assertThat(refusal(app, "alter table audit_event disable trigger audit_event_no_update"))
                    .isEqualTo(NOT_ALLOWED);
            assertThat(refusal(app, "drop trigger audit_event_no_update on audit_event")).isEqualTo(NOT_ALLOWED);
            assertThat(refusal(app, """
                    create or replace function public.audit_event_append_only() returns trigger
                    language plpgsql as $$ begin return new; end $$""")).isEqualTo(NOT_ALLOWED);
            assertThat(refusal(app, "update audit_event set username = 'someone else'")).isEqualTo(NOT_ALLOWED);
            assertThat(refusal(app, "delete from audit_event")).isEqualTo(NOT_ALLOWED);
            assertThat(strings(app, """
                    select tgname || ':' || tgenabled from pg_trigger
                    where tgrelid = 'public.audit_event'::regclass and not tgisinternal order by 1"""))
                    .containsExactly("audit_event_no_truncate:O", "audit_event_no_update:O", "audit_event_stamp:O");
        }
    }

    @Test
    void evenTheOwnerCannotTruncateOrEditWithoutDroppingTheTriggersFirst() throws SQLException {
        try (Connection owner = Fixtures.database()) {
            owner.setAutoCommit(false);
            assertThat(refusalMessage(owner, "truncate audit_event")).contains("append-only");
            owner.rollback();
            assertThat(refusalMessage(owner, "update audit_event set username = 'someone else'"))
                    .contains("append-only");
            owner.rollback();
        }
    }

    @Test
    void anInsertTakesTheDatabasesTimeAndArrivesUnsealed() throws SQLException {
        try (Connection app = asApplication()) {
            app.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = app.prepareStatement("""
                    insert into audit_event (id, occurred_at, username, action, record_type, chain_position, chain_hash)
                    values (nextval('audit_event_id_seq'), timestamptz '2001-09-01 09:00+06', 'audit-integrity-it',
                            'READ', 'backdating-attempt', 1, '\\xdeadbeef')
                    returning id""")) {
                id = single(insert);
            }
            try (PreparedStatement read = app.prepareStatement("""
                    select occurred_at, now(), chain_position, chain_hash from audit_event where id = ?""")) {
                read.setLong(1, id);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    OffsetDateTime stored = row.getObject(1, OffsetDateTime.class);
                    OffsetDateTime now = row.getObject(2, OffsetDateTime.class);
                    assertThat(Duration.between(now, stored)).isBetween(Duration.ZERO, Duration.ofMinutes(1));
                    assertThat(row.getObject(3)).isNull();
                    assertThat(row.getObject(4)).isNull();
                }
            }
            app.commit();
        }
    }

    @Test
    void anUntamperedChainReadsIntact() {
        JsonObject verification = verify("admin1");

        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getJsonNumber("checked").longValue()).isPositive();
        assertThat(verification.getJsonNumber("headPosition").longValue())
                .isEqualTo(verification.getJsonNumber("checked").longValue());
        assertThat(verification.getString("headHash")).matches("[0-9a-f]{64}");
        assertThat(verification.containsKey("firstBreak")).isFalse();
    }

    @Test
    void aTamperedEventIsWhereTheChainBreaks() throws SQLException {
        long checked = verify("ombudsman1").getJsonNumber("checked").longValue();
        long position;
        long event;
        String username;
        try (Connection owner = Fixtures.database(); PreparedStatement pick = owner.prepareStatement("""
                select chain_position, id, username from audit_event where chain_position = ?""")) {
            pick.setLong(1, Math.max(1, checked / 2));
            try (ResultSet row = pick.executeQuery()) {
                assertThat(row.next()).isTrue();
                position = row.getLong(1);
                event = row.getLong(2);
                username = row.getString(3);
            }
        }

        rewriteAsOwner(event, username + " (tampered)");
        try {
            JsonObject verification = verify("ombudsman1");

            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getJsonObject("firstBreak").getJsonNumber("position").longValue())
                    .isEqualTo(position);
            assertThat(verification.getJsonObject("firstBreak").getJsonNumber("eventId").longValue())
                    .isEqualTo(event);
        } finally {
            rewriteAsOwner(event, username);
        }
        assertThat(verify("ombudsman1").getBoolean("intact")).as("the original restored").isTrue();
    }

    @Test
    void onlyOmbudsmenAndAdministratorsVerify() {
        assertThat(Api.as("psychologist1").get("audit/verification").status()).isEqualTo(403);
        assertThat(Api.as("coordinator1").get("audit/verification").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("audit/verification").status()).isEqualTo(401);
    }

    private static JsonObject verify(String username) {
        Api.Reply reply = Api.as(username).get("audit/verification");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** What someone with the owner's password could do: switch the guard off, edit, switch it on again. */
    private static void rewriteAsOwner(long event, String username) throws SQLException {
        try (Connection owner = Fixtures.database()) {
            owner.setAutoCommit(false);
            try (Statement ddl = owner.createStatement(); PreparedStatement update = owner.prepareStatement(
                    "update audit_event set username = ? where id = ?")) {
                ddl.execute("alter table audit_event disable trigger audit_event_no_update");
                update.setString(1, username);
                update.setLong(2, event);
                assertThat(update.executeUpdate()).isEqualTo(1);
                ddl.execute("alter table audit_event enable trigger audit_event_no_update");
            }
            owner.commit();
        }
    }

    private static Connection asApplication() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port")
                + "/qorgau", DevPostgres.APPLICATION_USER, DevPostgres.APPLICATION_PASSWORD);
    }

    /** The SQLSTATE with which the database refused the statement; the test fails if it ran. */
    private static String refusal(Connection db, String sql) {
        return refused(db, sql).getSQLState();
    }

    private static String refusalMessage(Connection db, String sql) {
        return refused(db, sql).getMessage();
    }

    private static SQLException refused(Connection db, String sql) {
        Throwable refused = catchThrowable(() -> {
            try (Statement s = db.createStatement()) {
                s.execute(sql);
            }
        });
        assertThat(refused).as("refused: " + sql).isInstanceOf(SQLException.class);
        return (SQLException) refused;
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
