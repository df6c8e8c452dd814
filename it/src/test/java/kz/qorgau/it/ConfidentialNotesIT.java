package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.launcher.DevPostgres;
import kz.qorgau.platform.control.NoteCipher;

/**
 * Confidential notes and addenda at rest: read and written through the API as before, encrypted in the database,
 * never rewritten; and after a key rotation, re-encrypted under the new key by the next start. Deployed by the tests
 * themselves, since a rotation takes a restart.
 */
@ExtendWith(ArquillianExtension.class)
class ConfidentialNotesIT {

    private static final String DEPLOYMENT = "qorgau";
    private static final String NOTE = "Қорқыныш, ұйқысыздық; тревога и бессонница әңгіме";
    private static final String ADDENDUM = "Анасымен сөйлестік; мать придёт в школу в четверг.";
    /** The tests' keys (it/pom.xml): the current one first, then an older one still configured. */
    private static final String CURRENT_KEY = "it-2026";
    private static final String OLDER_KEY = "it-2025";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qorgau();
    }

    @Test
    void notesAreReadAsWrittenButStoredEncryptedAndNeverRewritten() throws SQLException {
        deployer.deploy(DEPLOYMENT);
        try {
            long student = newStudentAtSchoolA();
            long session = recordSession(student, NOTE);
            addAddendum(student, session, ADDENDUM);

            JsonObject read = Api.as("psychologist1").get(sessionsOf(student)).array().getJsonObject(0);
            assertThat(read.getString("confidentialNote").getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(NOTE.getBytes(StandardCharsets.UTF_8));
            assertThat(read.getJsonArray("addenda").getJsonObject(0).getString("text").getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(ADDENDUM.getBytes(StandardCharsets.UTF_8));
            List<String> stored = storedTexts(session);
            assertThat(stored).hasSize(2).allSatisfy(raw -> {
                assertThat(raw).matches(NoteCipher.SEALED_PATTERN).startsWith("qn1:" + CURRENT_KEY + ":");
                for (String word : List.of("Қорқыныш", "ұйқысыздық", "тревога", "бессонница", "Анасымен", "мать")) {
                    assertThat(raw).doesNotContainIgnoringCase(word);
                }
            });
            assertThat(Fixtures.noteKeys().open(stored.get(0))).isEqualTo(NOTE);
            assertThat(Fixtures.noteKeys().open(stored.get(1))).isEqualTo(ADDENDUM);

            String otherNote = Fixtures.noteKeys().seal("Another note entirely");
            try (Connection app = asApplication()) {
                assertThatThrownBy(() -> setNote(app, session, otherNote)).hasMessageContaining("never changed");
            }
            try (Connection owner = Fixtures.database()) {
                assertThatThrownBy(() -> setNote(owner, session, NOTE)).hasMessageContaining("never changed");
                assertThatThrownBy(() -> execute(owner, """
                        insert into psychologist_session (id, student_id, session_date, kind, risk_level, author,
                                                          recorded_at, confidential_note)
                        select nextval('psychologist_session_id_seq'), student_id, session_date, kind, risk_level,
                               author, recorded_at, 'in clear'
                        from psychologist_session where id = %d""".formatted(session)))
                        .hasMessageContaining("psychologist_session_note_encrypted");
            }
            assertThat(storedTexts(session)).isEqualTo(stored);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    @Test
    void afterARotationTheNextStartReencryptsUnderTheNewKey() throws Exception {
        deployer.deploy(DEPLOYMENT);
        long student;
        long first;
        long second;
        try {
            student = newStudentAtSchoolA();
            first = recordSession(student, NOTE);
            addAddendum(student, first, ADDENDUM);
            second = recordSession(student, "Екінші кездесу: вторая встреча");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        // As if written before the rotation, under the key that is now the older one.
        NoteCipher older = Fixtures.noteKey(OLDER_KEY);
        try (Connection owner = Fixtures.database()) {
            setNote(owner, first, older.seal(NOTE));
            setAddenda(owner, first, older.seal(ADDENDUM));
            setNote(owner, second, older.seal("Екінші кездесу: вторая встреча"));
        }
        assertThat(storedTexts(first)).allSatisfy(raw -> assertThat(raw).startsWith("qn1:" + OLDER_KEY + ":"));

        deployer.deploy(DEPLOYMENT);
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (!underCurrentKey(first, second) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(underCurrentKey(first, second)).as("re-encrypted under " + CURRENT_KEY).isTrue();
            List<JsonObject> sessions = Api.as("psychologist1").get(sessionsOf(student)).array()
                    .getValuesAs(JsonObject.class);
            assertThat(sessions).extracting(s -> s.getString("confidentialNote"))
                    .containsExactlyInAnyOrder(NOTE, "Екінші кездесу: вторая встреча");
            assertThat(sessions).flatExtracting(s -> s.getJsonArray("addenda").getValuesAs(JsonObject.class))
                    .extracting(a -> a.getString("text")).containsExactly(ADDENDUM);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static boolean underCurrentKey(long... sessions) throws SQLException {
        for (long session : sessions) {
            if (!storedTexts(session).stream().allMatch(raw -> raw.startsWith("qn1:" + CURRENT_KEY + ":"))) {
                return false;
            }
        }
        return true;
    }

    private static long recordSession(long student, String note) {
        Api.Reply reply = Api.as("psychologist1").post(sessionsOf(student), sessionJson(1, "", note));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static void addAddendum(long student, long session, String text) {
        Api.Reply reply = Api.as("psychologist1").post(sessionsOf(student) + "/" + session + "/addenda",
                "{\"text\":\"" + text + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static String sessionsOf(long student) {
        return "students/" + student + "/sessions";
    }

    /** The session's note, then its addenda, as the database holds them. */
    private static List<String> storedTexts(long session) throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement s = db.prepareStatement("""
                select confidential_note, 0 as n from psychologist_session where id = ?
                union all select text, id from session_addendum where session_id = ? order by 2""")) {
            s.setLong(1, session);
            s.setLong(2, session);
            List<String> texts = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
            return texts;
        }
    }

    private static void setNote(Connection db, long session, String note) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "update psychologist_session set confidential_note = ? where id = ?")) {
            s.setString(1, note);
            s.setLong(2, session);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static void setAddenda(Connection db, long session, String text) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("update session_addendum set text = ? where session_id = ?")) {
            s.setString(1, text);
            s.setLong(2, session);
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private static Connection asApplication() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port")
                + "/qorgau", DevPostgres.APPLICATION_USER, DevPostgres.APPLICATION_PASSWORD);
    }
}
