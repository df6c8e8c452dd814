package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may see and do what: the denials as much as the grants, and every error as problem+json. */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    @Test
    void noTokenGets401ProblemJson() {
        Api.Reply reply = Api.anonymous().get("cases");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getInt("status")).isEqualTo(401);
    }

    @Test
    void openApiDocumentDescribesTheApiWithoutAToken() {
        Api.Reply reply = Api.server("openapi?format=JSON");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getJsonObject("info").getString("title")).isEqualTo("Qorgau API");
        assertThat(reply.object().getJsonObject("paths").keySet()).contains("/api/students", "/api/cases/{id}");
    }

    @Test
    void forgedTokenGets401() {
        String forged = Api.tokenOf("psychologist1").replaceAll(".{8}$", "AAAAAAAA");

        Api.Reply reply = Api.withToken(forged).get("cases");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void psychologistOfAnotherSchoolGets404ForStudentAndCase() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(0, "\"SELF_HARM\"", "note"));
        long caseId = EarlyWarningIT.onlyCaseOf(student, "psychologist1").getJsonNumber("id").longValue();
        Api other = Api.as("psychologist2");

        Api.Reply studentReply = other.get("students/" + student);
        Api.Reply caseReply = other.get("cases/" + caseId);
        Api.Reply sessionsReply = other.get("students/" + student + "/sessions");

        assertThat(studentReply.status()).isEqualTo(404);
        assertThat(studentReply.contentType()).startsWith("application/problem+json");
        assertThat(caseReply.status()).isEqualTo(404);
        assertThat(sessionsReply.status()).isEqualTo(404);
        assertThat(EarlyWarningIT.casesOf(student, "psychologist2")).isEmpty();
    }

    @Test
    void theSameCaseIsVisibleToTheRegionAndTheNation() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(0, "\"SELF_HARM\"", "note"));
        long caseId = EarlyWarningIT.onlyCaseOf(student, "psychologist1").getJsonNumber("id").longValue();

        assertThat(Api.as("coordinator1").get("cases/" + caseId).status()).isEqualTo(200);
        assertThat(Api.as("ombudsman1").get("cases/" + caseId).status()).isEqualTo(200);
        assertThat(Api.as("inspector1").get("cases/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void onlyPsychologistsOfTheSchoolReadTheConfidentialNote() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"DEPRESSION_SIGNS\"", "Confidential words"));

        JsonObject seenByPsychologist = Api.as("psychologist1").get("students/" + student + "/sessions").array()
                .getJsonObject(0);
        JsonObject seenByInspector = Api.as("inspector1").get("students/" + student + "/sessions").array()
                .getJsonObject(0);
        JsonObject seenByDirector = Api.as("director1").get("students/" + student + "/sessions").array()
                .getJsonObject(0);

        assertThat(seenByPsychologist.getString("confidentialNote")).isEqualTo("Confidential words");
        assertThat(seenByInspector.containsKey("confidentialNote")).isFalse();
        assertThat(seenByInspector.getBoolean("noteWithheld")).isTrue();
        assertThat(seenByInspector.getString("riskLevel")).isEqualTo("HIGH");
        assertThat(seenByDirector.containsKey("confidentialNote")).isFalse();
    }

    @Test
    void socialPedagogueMayNotRecordAPsychologistSession() {
        long student = newStudentAtSchoolA();

        Api.Reply reply = Api.as("socped1").post("students/" + student + "/sessions", sessionJson(0, "", "x"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void ombudsmanMayNotOpenStudentFiles() {
        Api.Reply reply = Api.as("ombudsman1").post("students", studentJson(newIin(), SCHOOL_A));

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void iinWithWrongCheckDigitGets400SayingSo() {
        String valid = newIin();
        String wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);

        Api.Reply english = Api.as("psychologist1").post("students", studentJson(wrong, SCHOOL_A));
        Api.Reply russian = Api.as("psychologist1").inLanguage("ru").post("students", studentJson(wrong, SCHOOL_A));

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.object().getString("detail")).contains("check digit");
        assertThat(russian.object().getString("detail")).contains("контрольная цифра");
    }

    @Test
    void duplicateIinGets409() {
        String iin = newIin();
        assertThat(Api.as("psychologist1").post("students", studentJson(iin, SCHOOL_A)).status()).isEqualTo(201);

        Api.Reply again = Api.as("director1").post("students", studentJson(iin, SCHOOL_A));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("detail")).contains(iin);
    }

    @Test
    void missingFieldsAreListedOneByOne() {
        Api.Reply reply = Api.as("psychologist1").post("students", "{\"schoolId\":1001}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("iin", "lastName", "firstName");
    }

    @Test
    void impossibleDateGets400NamingTheField() {
        long student = newStudentAtSchoolA();

        Api.Reply reply = Api.as("psychologist1").post("students/" + student + "/sessions",
                "{\"date\":\"2026-02-30\",\"kind\":\"INDIVIDUAL\",\"riskLevel\":\"LOW\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("date");
        assertThat(reply.text()).doesNotContain("Exception");
    }

    @Test
    void readingAStudentFileAndExportingAreAudited() throws SQLException {
        long student = newStudentAtSchoolA();

        assertThat(Api.as("inspector1").get("students/" + student).status()).isEqualTo(200);
        assertThat(Api.as("inspector1").get("reports/cases.xlsx").status()).isEqualTo(200);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau")) {
            assertThat(count(db, "select count(*) from audit_event where username = 'inspector1' and action = 'READ'"
                    + " and record_type = 'student' and record_id = " + student)).isEqualTo(1);
            assertThat(count(db, "select count(*) from audit_event where username = 'inspector1' and action = 'EXPORT'"
                    + " and row_count > 0")).isGreaterThanOrEqualTo(1);
            assertThat(updateRefused(db)).as("audit events cannot be edited").isTrue();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean updateRefused(Connection db) {
        try (PreparedStatement s = db.prepareStatement("update audit_event set username = 'someone'")) {
            s.executeUpdate();
            return false;
        } catch (SQLException e) {
            return e.getMessage().contains("append-only");
        }
    }
}
