package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Incidents in full with several participants, addenda to session notes, and paged signal lists. */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

    @Test
    void aSharedIncidentRaisesEw04ForTheStudentWhoReachedThreeButNotForTheWitness() {
        long perpetrator = newStudentAtSchoolA();
        long witness = newStudentAtSchoolA();
        long victim = newStudentAtSchoolA();
        for (long student : List.of(perpetrator, witness)) {
            minimalIncident(student, 5, "PERPETRATOR");
            minimalIncident(student, 9, "VICTIM");
        }

        Api.Reply reply = Api.as("inspector1").post("incidents", fullIncidentJson(1, participant(perpetrator, "PERPETRATOR"),
                participant(witness, "WITNESS"), participant(victim, "VICTIM")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonObject theCase = EarlyWarningIT.onlyCaseOf(perpetrator, "inspector1");
        assertThat(theCase.getString("level")).isEqualTo("HIGH");
        assertThat(theCase.getJsonArray("reasons").getJsonObject(0).getString("ruleId")).isEqualTo("EW-04");
        assertThat(EarlyWarningIT.casesOf(witness, "inspector1")).as("a witness does not count").isEmpty();
        assertThat(EarlyWarningIT.casesOf(victim, "inspector1")).isEmpty();
    }

    @Test
    void anIncidentInFullKeepsItsDetailsAndEveryParticipant() {
        long first = newStudentAtSchoolA();
        long second = newStudentAtSchoolA();

        Api.Reply created = Api.as("socped1").post("incidents",
                fullIncidentJson(2, participant(first, "PERPETRATOR"), participant(second, "VICTIM")));
        long id = created.object().getJsonNumber("id").longValue();
        Api.Reply read = Api.as("coordinator1").get("incidents/" + id);
        Api.Reply listed = Api.as("psychologist1").get("students/" + second + "/incidents");

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        JsonObject incident = read.object();
        assertThat(incident.getString("time")).startsWith("14:20");
        assertThat(incident.getBoolean("onSchoolGrounds")).isTrue();
        assertThat(incident.getString("location")).isEqualTo("Спортзал");
        assertThat(incident.getString("severity")).isEqualTo("SEVERE");
        assertThat(incident.getString("source")).isEqualTo("POLICE");
        assertThat(incident.getString("recordedBy")).isEqualTo("socped1");
        assertThat(incident.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("studentId").longValue() + ":" + p.getString("role"))
                .containsExactly(first + ":PERPETRATOR", second + ":VICTIM");
        JsonObject fromTheVictim = listed.array().getJsonObject(0);
        assertThat(fromTheVictim.getString("role")).isEqualTo("VICTIM");
        assertThat(fromTheVictim.getString("severity")).isEqualTo("SEVERE");
    }

    @Test
    void theMinimalFormStillRecordsASchoolReportOfModerateSeverity() {
        long student = newStudentAtSchoolA();

        Api.Reply reply = Api.as("director1").post("students/" + student + "/incidents", incidentJson(0, "VICTIM"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.object().getString("role")).isEqualTo("VICTIM");
        assertThat(reply.object().getString("severity")).isEqualTo("MODERATE");
        assertThat(reply.object().getString("source")).isEqualTo("SCHOOL");
        assertThat(reply.object().containsKey("onSchoolGrounds")).as("the place was not stated").isFalse();
    }

    @Test
    void aParticipantOutsideTheCallersSchoolGets404NamingTheStudentAndNothingIsRecorded() {
        long atSchoolA = newStudentAtSchoolA();
        long atSchoolB = newStudentAtSchoolB();

        Api.Reply reply = Api.as("psychologist2").post("incidents",
                fullIncidentJson(1, participant(atSchoolB, "VICTIM"), participant(atSchoolA, "PERPETRATOR")));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains(String.valueOf(atSchoolA));
        assertThat(Api.as("psychologist2").get("students/" + atSchoolB + "/incidents").array()).isEmpty();
    }

    @Test
    void eachSchoolSeesOnlyItsOwnParticipantsOfASharedIncident() {
        long atSchoolA = newStudentAtSchoolA();
        long atSchoolB = newStudentAtSchoolB();
        long id = Api.as("admin1").post("incidents",
                        fullIncidentJson(1, participant(atSchoolA, "PERPETRATOR"), participant(atSchoolB, "VICTIM")))
                .object().getJsonNumber("id").longValue();
        long onlyA = Api.as("psychologist1").post("incidents", fullIncidentJson(1, participant(atSchoolA, "WITNESS")))
                .object().getJsonNumber("id").longValue();

        assertThat(participantsSeenBy("psychologist2", id)).containsExactly(atSchoolB);
        assertThat(participantsSeenBy("psychologist1", id)).containsExactly(atSchoolA);
        assertThat(participantsSeenBy("ombudsman1", id)).containsExactly(atSchoolA, atSchoolB);
        assertThat(Api.as("psychologist2").get("incidents/" + onlyA).status()).isEqualTo(404);
        assertThat(Api.as("psychologist2").get("incidents/" + Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void invalidIncidentsGet400ProblemJson() {
        long student = newStudentAtSchoolA();
        String valid = fullIncidentJson(1, participant(student, "VICTIM"));

        Api.Reply badEnum = Api.as("inspector1").post("incidents", valid.replace("\"SEVERE\"", "\"APOCALYPTIC\""));
        Api.Reply noParticipants = Api.as("inspector1").post("incidents", fullIncidentJson(1));
        Api.Reply future = Api.as("inspector1").post("incidents", fullIncidentJson(-2, participant(student, "VICTIM")));
        Api.Reply twice = Api.as("inspector1").post("incidents",
                fullIncidentJson(1, participant(student, "VICTIM"), participant(student, "WITNESS")));
        Api.Reply noPlace = Api.as("inspector1").post("incidents", valid.replace("\"onSchoolGrounds\":true,", ""));

        for (Api.Reply reply : List.of(badEnum, noParticipants, future, twice, noPlace)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(noParticipants.object().getString("detail")).contains("at least one student");
        assertThat(future.object().getString("detail")).contains("future");
        assertThat(twice.object().getString("detail")).contains(String.valueOf(student), "more than once");
        assertThat(noPlace.object().getString("detail")).contains("onSchoolGrounds");
        assertThat(Api.as("inspector1").get("students/" + student + "/incidents").array()).isEmpty();
    }

    @Test
    void anAddendumLeavesTheNoteUnchangedAndFollowsItsConfidentiality() {
        long student = newStudentAtSchoolA();
        long session = recordSession(student, "Original note");

        Api.Reply added = Api.as("psychologist1").post(addendaOf(student, session),
                "{\"text\":\"Correction: the conflict is with a cousin.\"}");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getString("author")).isEqualTo("psychologist1");
        JsonObject forPsychologist = Api.as("psychologist1").get(sessionsOf(student)).array().getJsonObject(0);
        assertThat(forPsychologist.getString("confidentialNote")).isEqualTo("Original note");
        assertThat(forPsychologist.getJsonArray("addenda").getJsonObject(0).getString("text"))
                .isEqualTo("Correction: the conflict is with a cousin.");
        JsonObject forInspector = Api.as("inspector1").get(sessionsOf(student)).array().getJsonObject(0);
        assertThat(forInspector.getBoolean("noteWithheld")).isTrue();
        assertThat(forInspector.containsKey("confidentialNote")).isFalse();
        assertThat(forInspector.getJsonArray("addenda")).hasSize(1);
        JsonObject addendum = forInspector.getJsonArray("addenda").getJsonObject(0);
        assertThat(addendum.getString("author")).isEqualTo("psychologist1");
        assertThat(addendum.getString("writtenAt")).isNotBlank();
        assertThat(addendum.containsKey("text")).as("the addendum text is as confidential as the note").isFalse();
    }

    @Test
    void onlyAPsychologistOfTheStudentsSchoolWritesAnAddendum() {
        long student = newStudentAtSchoolA();
        long session = recordSession(student, "note");
        long otherStudent = newStudentAtSchoolA();

        Api.Reply bySocialPedagogue = Api.as("socped1").post(addendaOf(student, session), "{\"text\":\"x\"}");
        Api.Reply byOtherSchool = Api.as("psychologist2").post(addendaOf(student, session), "{\"text\":\"x\"}");
        Api.Reply wrongStudent = Api.as("psychologist1").post(addendaOf(otherStudent, session), "{\"text\":\"x\"}");
        Api.Reply blank = Api.as("psychologist1").post(addendaOf(student, session), "{\"text\":\"  \"}");

        assertThat(bySocialPedagogue.status()).isEqualTo(403);
        assertThat(bySocialPedagogue.contentType()).startsWith("application/problem+json");
        assertThat(byOtherSchool.status()).isEqualTo(404);
        assertThat(wrongStudent.status()).isEqualTo(404);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(Api.as("psychologist1").get(sessionsOf(student)).array().getJsonObject(0).getJsonArray("addenda"))
                .isEmpty();
    }

    @Test
    void incidentsAndSessionsOfAStudentArePaged() {
        long student = newStudentAtSchoolA();
        minimalIncident(student, 3, "WITNESS");
        minimalIncident(student, 1, "WITNESS");
        recordSession(student, "first");
        recordSession(student, "second");

        Api.Reply firstIncident = Api.as("psychologist1").get("students/" + student + "/incidents?size=1");
        Api.Reply secondIncident = Api.as("psychologist1").get("students/" + student + "/incidents?size=1&page=1");
        Api.Reply oneSession = Api.as("psychologist1").get(sessionsOf(student) + "?size=1");

        assertThat(firstIncident.array()).hasSize(1);
        assertThat(firstIncident.array().getJsonObject(0).getString("date")).isEqualTo(today().minusDays(1).toString());
        assertThat(secondIncident.array().getJsonObject(0).getString("date")).isEqualTo(today().minusDays(3).toString());
        assertThat(oneSession.array()).hasSize(1);
        assertThat(Api.as("psychologist1").get(sessionsOf(student)).array()).hasSize(2);
        for (String path : List.of("students/" + student + "/incidents?size=0", sessionsOf(student) + "?size=0")) {
            Api.Reply reply = Api.as("psychologist1").get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void incidentsAndAddendaAreAuditedWithTheirSchool() throws SQLException {
        long student = newStudentAtSchoolA();
        long incident = Api.as("inspector1").post("incidents", fullIncidentJson(0, participant(student, "VICTIM")))
                .object().getJsonNumber("id").longValue();
        long session = recordSession(student, "note");
        long addendum = Api.as("psychologist1").post(addendaOf(student, session), "{\"text\":\"more\"}")
                .object().getJsonNumber("id").longValue();
        assertThat(Api.as("coordinator1").get("incidents/" + incident).status()).isEqualTo(200);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau")) {
            assertThat(events(db, "inspector1", "CREATE", "incident", incident)).isEqualTo(1);
            assertThat(events(db, "psychologist1", "CREATE", "session-addendum", addendum)).isEqualTo(1);
            assertThat(events(db, "coordinator1", "READ", "incident", incident)).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseRefusesToRewriteANoteOrAnAddendum() throws SQLException {
        long student = newStudentAtSchoolA();
        long session = recordSession(student, "Original note");
        long addendum = Api.as("psychologist1").post(addendaOf(student, session), "{\"text\":\"more\"}")
                .object().getJsonNumber("id").longValue();

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau")) {
            assertThat(refused(db, "update psychologist_session set confidential_note = 'rewritten' where id = " + session))
                    .isTrue();
            assertThat(refused(db, "update session_addendum set text = 'rewritten' where id = " + addendum)).isTrue();
        }
        assertThat(Api.as("psychologist1").get(sessionsOf(student)).array().getJsonObject(0)
                .getString("confidentialNote")).isEqualTo("Original note");
    }

    private static long newStudentAtSchoolB() {
        Api.Reply reply = Api.as("psychologist2").post("students", studentJson(newIin(), SCHOOL_B));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static void minimalIncident(long student, int daysAgo, String role) {
        Api.Reply reply = Api.as("director1").post("students/" + student + "/incidents", incidentJson(daysAgo, role));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static long recordSession(long student, String note) {
        Api.Reply reply = Api.as("psychologist1").post(sessionsOf(student), sessionJson(1, "", note));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static List<Long> participantsSeenBy(String user, long incident) {
        Api.Reply reply = Api.as(user).get("incidents/" + incident);
        assertThat(reply.status()).as(user + " " + reply).isEqualTo(200);
        return reply.object().getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("studentId").longValue())
                .toList();
    }

    /** A fight in the gym reported by the police, {@code daysAgo} days ago (negative: in the future). */
    private static String fullIncidentJson(int daysAgo, String... participants) {
        return """
                {"date":"%s","time":"14:20","onSchoolGrounds":true,"location":"Спортзал","type":"FIGHT",
                 "severity":"SEVERE","source":"POLICE","description":"Драка после уроков","participants":[%s]}"""
                .formatted(today().minusDays(daysAgo), String.join(",", participants));
    }

    private static String participant(long student, String role) {
        return "{\"studentId\":%d,\"role\":\"%s\"}".formatted(student, role);
    }

    private static String sessionsOf(long student) {
        return "students/" + student + "/sessions";
    }

    private static String addendaOf(long student, long session) {
        return "students/" + student + "/sessions/" + session + "/addenda";
    }

    private static boolean refused(Connection db, String update) {
        try (PreparedStatement s = db.prepareStatement(update)) {
            s.executeUpdate();
            return false;
        } catch (SQLException e) {
            return e.getMessage().contains("never changed") || e.getMessage().contains("append-only");
        }
    }

    private static long events(Connection db, String username, String action, String recordType, long recordId)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select count(*) from audit_event
                where username = ? and action = ? and record_type = ? and record_id = ? and school_id = 1001""")) {
            s.setString(1, username);
            s.setString(2, action);
            s.setString(3, recordType);
            s.setLong(4, recordId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
