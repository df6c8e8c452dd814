package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.approvedBy;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The semantics of docs/EARLY-WARNING.md (what the rules do to cases) that people rely on, through the API: a closed
 * case reopens on a new signal within 90 days and stays closed on the signals it dealt with; a snoozed rule stays
 * quiet; a case nobody at the school can take goes to the coordinator (EW-12); reasons read in the reader's language.
 */
@ExtendWith(ArquillianExtension.class)
class EarlyWarningSemanticsIT {

    @Test
    void aClosedCaseStaysClosedOnWhatItDealtWithAndReopensOnANewSignal() {
        long student = newStudentAtSchoolA();
        Api psychologist = Api.as("psychologist1");
        psychologist.post("students/" + student + "/sessions", sessionJson(3, "\"SELF_HARM\"", "Scratches."));
        JsonObject theCase = onlyCaseOf(student);
        long id = theCase.getJsonNumber("id").longValue();
        Api.Reply closed = psychologist.post("cases/" + id + "/close", """
                {"outcome":"FALSE_ALARM","note":"Scratches from the cat.","version":%d}"""
                .formatted(theCase.getJsonNumber("version").longValue()));
        assertThat(approvedBy("director1", closed).getString("status")).isEqualTo("CLOSED");

        psychologist.post("students/" + student + "/sessions", sessionJson(1, "", "Routine follow-up."));

        assertThat(onlyCaseOf(student).getString("status")).as("the old session was dealt with").isEqualTo("CLOSED");

        psychologist.post("students/" + student + "/sessions", sessionJson(0, "\"SUICIDAL_IDEATION\"", "Worse."));

        JsonObject reopened = onlyCaseOf(student);
        assertThat(reopened.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(reopened.getString("status")).isEqualTo("ASSIGNED");
        assertThat(reopened.getJsonArray("reasons").getJsonObject(0).getJsonArray("evidence")).hasSize(2);
        assertThat(Api.as("psychologist1").get("cases/" + id + "/timeline?size=100").array()
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("type"))
                .contains("OPENED", "CLOSED", "REOPENED");
    }

    @Test
    void aReopenedCaseWaitsForAFirstContactAboutTheNewSignalAndIsEscalatedAfreshWhenOverdue() throws SQLException {
        long student = newStudentAtSchoolA();
        Api psychologist = Api.as("psychologist1");
        psychologist.post("students/" + student + "/sessions", sessionJson(3, "\"SELF_HARM\"", "Scratches."));
        JsonObject opened = onlyCaseOf(student);
        long id = opened.getJsonNumber("id").longValue();
        makeOverdue(id);
        checkDeadlines();
        assertThat(escalations(id, "EW-10")).as("the first episode's missed contact").hasSize(1);
        JsonObject contacted = psychologist.post("cases/" + id + "/first-contact", """
                {"at":"%s","channel":"IN_PERSON","note":"Talked after class.","version":%d}"""
                .formatted(Instant.now(), onlyCaseOf(student).getJsonNumber("version").longValue())).object();
        Api.Reply closed = psychologist.post("cases/" + id + "/close", """
                {"outcome":"RESOLVED","note":"Safe now.","version":%d}"""
                .formatted(contacted.getJsonNumber("version").longValue()));
        assertThat(approvedBy("director1", closed).getString("status")).isEqualTo("CLOSED");
        Instant beforeReopening = Instant.now();

        psychologist.post("students/" + student + "/sessions", sessionJson(0, "\"SUICIDAL_IDEATION\"", "Worse."));

        JsonObject reopened = onlyCaseOf(student);
        assertThat(reopened.getString("status")).isEqualTo("ASSIGNED");
        assertThat(reopened.containsKey("firstContactAt") && !reopened.isNull("firstContactAt"))
                .as("the last episode's contact does not answer the new signal").isFalse();
        assertThat(Instant.parse(reopened.getString("firstContactDue"))).isAfter(beforeReopening);
        assertThat(Api.as("psychologist1").get("cases/" + id + "/timeline?size=100").array()
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("type"))
                .contains("FIRST_CONTACT", "CLOSED", "REOPENED");
        assertThat(Fixtures.inboxHolds("director1", id))
                .as("the first episode's escalation does not stand for the new one").isFalse();

        makeOverdue(id);
        checkDeadlines();

        assertThat(escalations(id, "EW-10")).as("the new episode's missed contact is escalated afresh").hasSize(2)
                .last().satisfies(e -> assertThat(Instant.parse(e.getString("at"))).isAfter(beforeReopening));
        assertThat(Fixtures.inboxHolds("director1", id)).isTrue();
    }

    @Test
    void aSnoozedRuleDoesNotRaiseTheCaseAgainAtTheSameLevel() {
        long student = newStudentAtSchoolA();
        Api psychologist = Api.as("psychologist1");
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            psychologist.post("students/" + student + "/incidents", incidentJson(daysAgo, "PERPETRATOR"));
        }
        JsonObject theCase = onlyCaseOf(student);
        JsonObject reason = theCase.getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getString("ruleId")).isEqualTo("EW-04");
        Api.Reply snoozed = Api.as("socped1").post("cases/" + theCase.getJsonNumber("id") + "/reasons/"
                + reason.getJsonNumber("id") + "/snooze", """
                {"until":"%s","reason":"Known conflict between two classes, mediation weekly.","version":%d}"""
                .formatted(today().plusDays(30), theCase.getJsonNumber("version").longValue()));
        assertThat(snoozed.status()).as(snoozed.toString()).isEqualTo(200);

        psychologist.post("students/" + student + "/incidents", incidentJson(0, "PERPETRATOR"));

        JsonObject after = onlyCaseOf(student).getJsonArray("reasons").getJsonObject(0);
        assertThat(after.getJsonArray("evidence")).as("the fourth fight is not attached while snoozed").hasSize(3);
        assertThat(after.getJsonObject("snooze").getBoolean("active")).isTrue();
    }

    @Test
    void aCriticalCaseAtASchoolWithoutASocialPedagogueGoesToTheCoordinatorOnce() {
        Api.Reply created = Api.as("psychologist2").post("students", studentJson(newIin(), SCHOOL_B));
        long student = created.object().getJsonNumber("id").longValue();
        Api psychologist = Api.as("psychologist2");
        psychologist.post("students/" + student + "/sessions", sessionJson(1, "\"SUICIDAL_IDEATION\"", "Plan."));
        psychologist.post("students/" + student + "/sessions", sessionJson(0, "\"SELF_HARM\"", "Cuts."));

        long id = onlyCaseOf(student).getJsonNumber("id").longValue();
        assertThat(Fixtures.inboxHolds("coordinator1", id)).isTrue();
        List<JsonObject> escalations = Api.as("coordinator1").get("cases/" + id + "/escalations").array()
                .getValuesAs(JsonObject.class);
        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.getString("ruleId")).isEqualTo("EW-12");
            assertThat(e.getString("target")).isEqualTo("COORDINATOR");
            assertThat(e.getJsonArray("missingRoles").getValuesAs(JsonString.class))
                    .extracting(JsonString::getString)
                    .containsExactly("SOCIAL_PEDAGOGUE", "SCHOOL_ADMIN");
        });
    }

    @Test
    void aReasonReadsInTheReadersLanguageWithTheThresholdsItUsed() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(2, "\"SUICIDAL_IDEATION\"", "Says nobody would notice."));

        JsonObject kazakh = Api.as("psychologist1").inLanguage("kk").get("cases?studentId=" + student).array()
                .getJsonObject(0).getJsonArray("reasons").getJsonObject(0);
        JsonObject russian = Api.as("psychologist1").inLanguage("ru").get("cases?studentId=" + student).array()
                .getJsonObject(0).getJsonArray("reasons").getJsonObject(0);

        assertThat(kazakh.getString("explanation")).contains("суицидтік").contains("30");
        assertThat(russian.getString("explanation")).contains("суицидальные").contains("30");
        assertThat(kazakh.getJsonObject("inputs").getInt("windowDays")).isEqualTo(30);
    }

    private static List<JsonObject> escalations(long caseId, String ruleId) {
        return Api.as("admin1").get("cases/" + caseId + "/escalations").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("ruleId").equals(ruleId) && e.getString("target").equals("SCHOOL_ADMIN"))
                .toList();
    }

    private static void checkDeadlines() {
        Api.Reply run = Api.as("admin1").post("deadline-checks", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
    }

    /** As if the first contact had been due an hour ago: the deadline check compares with the server's clock. */
    private static void makeOverdue(long caseId) throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement update = db.prepareStatement(
                "update early_warning_case set first_contact_due = now() - interval '1 hour' where id = ?")) {
            update.setLong(1, caseId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
