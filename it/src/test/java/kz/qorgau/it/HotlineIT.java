package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The trust line: intake by an operator, one triage into an incident, a case or a closure, and who may see it. */
@ExtendWith(ArquillianExtension.class)
class HotlineIT {

    private static final String REPORTS = "hotline/reports";

    @Test
    void operatorTakesAnAnonymousReportForTheLineOfTheirRegion() {
        Api.Reply reply = Api.as("operator1").post(REPORTS, reportJson("", "DOMESTIC_VIOLENCE"));

        assertThat(reply.status()).isEqualTo(201);
        JsonObject report = reply.object();
        assertThat(report.getString("status")).isEqualTo("NEW");
        assertThat(report.getString("takenBy")).isEqualTo("operator1");
        assertThat(report.getString("callerKind")).isEqualTo("ANONYMOUS");
        assertThat(report.getJsonNumber("regionId").longValue()).isEqualTo(75);
        assertThat(report.getOrDefault("schoolId", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(report.getOrDefault("studentId", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void schoolStaffReadTheirSchoolsReportsButNeitherTakeNorTriageThem() {
        long student = newStudentAtSchoolA();
        long report = newReport(",\"schoolId\":" + SCHOOL_A, "BULLYING");
        Api psychologist = Api.as("psychologist1");

        assertThat(psychologist.post(REPORTS, reportJson("", "BULLYING")).status()).isEqualTo(403);
        assertThat(psychologist.post(REPORTS + "/" + report + "/incident", incidentTriage(student, "VICTIM")).status())
                .isEqualTo(403);
        assertThat(psychologist.post(REPORTS + "/" + report + "/closure", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
        Api.Reply read = psychologist.get(REPORTS + "/" + report);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.object().getString("status")).isEqualTo("NEW");
        assertThat(ids(psychologist.get(REPORTS + "?status=NEW&size=500"))).contains(report);
    }

    @Test
    void psychologistOfAnotherSchoolGets404() {
        long report = newReport(",\"schoolId\":" + SCHOOL_A, "FIGHT");
        Api other = Api.as("psychologist2");

        Api.Reply reply = other.get(REPORTS + "/" + report);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(ids(other.get(REPORTS + "?size=500"))).doesNotContain(report);
    }

    @Test
    void aReportWithoutSchoolIsReadByTheRegionAndTheNationOnly() {
        long report = newReport("", "RUNAWAY");

        assertThat(Api.as("coordinator1").get(REPORTS + "/" + report).status()).isEqualTo(200);
        assertThat(Api.as("ombudsman1").get(REPORTS + "/" + report).status()).isEqualTo(200);
        assertThat(Api.as("psychologist1").get(REPORTS + "/" + report).status()).isEqualTo(404);
        assertThat(Api.as("ombudsman2").get(REPORTS + "/" + report).status()).isEqualTo(404);
    }

    @Test
    void triageIntoAnIncidentRecordsTheIncidentForTheStudent() {
        long student = newStudentAtSchoolA();
        long report = newReport("", "BULLYING");

        Api.Reply triaged = Api.as("operator1").post(REPORTS + "/" + report + "/incident",
                incidentTriage(student, "VICTIM"));

        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        assertThat(triaged.object().getString("status")).isEqualTo("TRIAGED_TO_INCIDENT");
        assertThat(triaged.object().getJsonNumber("studentId").longValue()).isEqualTo(student);
        assertThat(triaged.object().getJsonNumber("schoolId").longValue()).isEqualTo(SCHOOL_A);
        long incident = triaged.object().getJsonNumber("incidentId").longValue();
        List<JsonObject> incidents = Api.as("psychologist1").get("students/" + student + "/incidents").array()
                .getValuesAs(JsonObject.class);
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.getJsonNumber("id").longValue()).isEqualTo(incident);
            assertThat(i.getString("type")).isEqualTo("BULLYING");
            assertThat(i.getString("role")).isEqualTo("VICTIM");
            assertThat(i.getString("recordedBy")).isEqualTo("operator1");
            assertThat(i.getString("source")).isEqualTo("HOTLINE");
        });
        assertThat(Api.as("psychologist1").get(REPORTS + "/" + report).status()).isEqualTo(200);
    }

    @Test
    void threeHotlineIncidentsForOneStudentRaiseEw04() {
        long student = newStudentAtSchoolA();
        Api operator = Api.as("operator1");
        for (int i = 0; i < 2; i++) {
            operator.post(REPORTS + "/" + newReport("", "FIGHT") + "/incident", incidentTriage(student, "VICTIM"));
        }
        assertThat(EarlyWarningIT.casesOf(student, "psychologist1")).isEmpty();

        operator.post(REPORTS + "/" + newReport("", "FIGHT") + "/incident", incidentTriage(student, "VICTIM"));

        JsonObject theCase = EarlyWarningIT.onlyCaseOf(student, "psychologist1");
        assertThat(theCase.getString("level")).isEqualTo("HIGH");
        assertThat(theCase.getJsonArray("reasons").getJsonObject(0).getString("ruleId")).isEqualTo("EW-04");
    }

    @Test
    void triageIntoACaseLinksTheStudentsOpenCase() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(1, "\"SELF_HARM\"", "note"));
        long caseId = EarlyWarningIT.onlyCaseOf(student, "psychologist1").getJsonNumber("id").longValue();
        long report = newReport("", "SELF_HARM_ATTEMPT");

        Api.Reply triaged = Api.as("operator1").post(REPORTS + "/" + report + "/case", caseTriage(student));

        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        assertThat(triaged.object().getString("status")).isEqualTo("TRIAGED_TO_CASE");
        assertThat(triaged.object().getJsonNumber("caseId").longValue()).isEqualTo(caseId);
    }

    @Test
    void triageIntoACaseWithoutOpenCaseLeavesTheReportWithTheStudentsSchool() {
        long student = newStudentAtSchoolA();
        long report = newReport("", "OTHER_OFFENSE");

        Api.Reply triaged = Api.as("operator1").post(REPORTS + "/" + report + "/case", caseTriage(student));

        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        assertThat(triaged.object().getString("status")).isEqualTo("TRIAGED_TO_CASE");
        assertThat(triaged.object().getOrDefault("caseId", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(triaged.object().getJsonNumber("studentId").longValue()).isEqualTo(student);
        assertThat(ids(Api.as("director1").get(REPORTS + "?status=TRIAGED_TO_CASE&size=500"))).contains(report);
        assertThat(EarlyWarningIT.casesOf(student, "psychologist1")).isEmpty();
    }

    @Test
    void aReportIsTriagedOnlyOnce() {
        long student = newStudentAtSchoolA();
        long report = newReport("", "THEFT");
        Api operator = Api.as("operator1");
        assertThat(operator.post(REPORTS + "/" + report + "/incident", incidentTriage(student, "PERPETRATOR")).status())
                .isEqualTo(200);

        Api.Reply again = operator.post(REPORTS + "/" + report + "/incident", incidentTriage(student, "PERPETRATOR"));
        Api.Reply toCase = operator.post(REPORTS + "/" + report + "/case", caseTriage(student));
        Api.Reply closed = operator.post(REPORTS + "/" + report + "/closure", "{\"reason\":\"duplicate call\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.object().getString("detail")).contains("already triaged");
        assertThat(toCase.status()).isEqualTo(409);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(Api.as("psychologist1").get("students/" + student + "/incidents").array()).hasSize(1);
    }

    @Test
    void closureNeedsAReason() {
        long report = newReport("", "OTHER_OFFENSE");
        Api operator = Api.as("operator1");

        Api.Reply missing = operator.post(REPORTS + "/" + report + "/closure", "{}");
        Api.Reply blank = operator.post(REPORTS + "/" + report + "/closure", "{\"reason\":\"  \"}");
        Api.Reply closed = operator.post(REPORTS + "/" + report + "/closure", "{\"reason\":\"A prank call.\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.object().getString("detail")).contains("reason for closing");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.object().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.object().getString("closureReason")).isEqualTo("A prank call.");
    }

    @Test
    void intakeAndTriageAndReadingAreAudited() throws SQLException {
        long student = newStudentAtSchoolA();
        long report = newReport("", "CYBERBULLYING");
        Api.as("operator1").post(REPORTS + "/" + report + "/incident", incidentTriage(student, "VICTIM"));
        Api.as("director1").get(REPORTS + "/" + report);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau")) {
            assertThat(count(db, "select count(*) from audit_event where username = 'operator1' and action = 'CREATE'"
                    + " and record_type = 'hotline-report' and record_id = " + report)).isEqualTo(1);
            assertThat(count(db, "select count(*) from audit_event where username = 'operator1' and action = 'UPDATE'"
                    + " and record_type = 'hotline-report' and record_id = " + report
                    + " and school_id = " + SCHOOL_A)).isEqualTo(1);
            assertThat(count(db, "select count(*) from audit_event where username = 'operator1' and action = 'CREATE'"
                    + " and record_type = 'incident' and school_id = " + SCHOOL_A
                    + " and record_id = (select incident_id from hotline_report where id = " + report + ")"))
                    .isEqualTo(1);
            assertThat(count(db, "select count(*) from audit_event where username = 'director1' and action = 'READ'"
                    + " and record_type = 'hotline-report' and record_id = " + report)).isEqualTo(1);
        }
    }

    private static long newReport(String where, String concern) {
        Api.Reply reply = Api.as("operator1").post(REPORTS, reportJson(where, concern));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    /** A report as an operator writes it; {@code where} adds the school or student when known. */
    private static String reportJson(String where, String concern) {
        return """
                {"channel":"PHONE","callerKind":"ANONYMOUS","summary":"Caller says a pupil is hurt.",
                 "concern":"%s","urgency":"HIGH"%s}""".formatted(concern, where);
    }

    private static String incidentTriage(long student, String role) {
        return """
                {"studentId":%d,"role":"%s","date":"%s"}""".formatted(student, role, today().minusDays(1));
    }

    private static String caseTriage(long student) {
        return "{\"studentId\":" + student + "}";
    }

    private static List<Long> ids(Api.Reply list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.array().getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue())
                .toList();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
