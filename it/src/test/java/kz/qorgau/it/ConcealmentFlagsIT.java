package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A concealment flag (EW-11) has a life: raised open when the police record an incident the school did not report;
 * withdrawn when the school's own report of the same student within 7 days turns up, in whichever order the two were
 * recorded; confirmed or dismissed, with a reason, by a coordinator or an ombudsman, and by nobody else.
 */
@ExtendWith(ArquillianExtension.class)
class ConcealmentFlagsIT {

    @Test
    void aSchoolReportRecordedAfterThePoliceOnesWithdrawsTheFlagAndTheHistorySaysWhy() {
        long student = newStudentAtSchoolA();
        long police = policeIncident(student, 10);
        JsonObject raised = flagOf(police).orElseThrow(() -> new AssertionError("no flag for incident " + police));
        assertThat(raised.getString("status")).isEqualTo("OPEN");

        long school = schoolIncident(student, 9);

        JsonObject withdrawn = Api.as("coordinator1").inLanguage("ru").get("concealment-flags/" + id(raised)).object();
        assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
        List<JsonObject> history = withdrawn.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("status")).containsExactly("OPEN", "WITHDRAWN");
        assertThat(history.get(1).getJsonNumber("schoolIncidentId").longValue()).isEqualTo(school);
        assertThat(history.get(1).getString("explanation"))
                .isEqualTo("Снято: школа сама сообщила о происшествии (запись " + school + " от "
                        + today().minusDays(9) + ") в отведённый срок.");
        assertThat(Api.as("coordinator1").get("concealment-flags?status=OPEN&size=100").array()
                .getValuesAs(JsonObject.class)).noneMatch(f -> id(f) == id(raised));
    }

    @Test
    void aSchoolReportRecordedBeforeThePoliceOnesRaisesNoFlag() {
        long student = newStudentAtSchoolA();
        schoolIncident(student, 9);
        long police = policeIncident(student, 10);

        assertThat(flagOf(police)).as("the school had reported it already").isEmpty();
    }

    @Test
    void aSchoolReportOutsideTheWindowLeavesTheFlagOpen() {
        long student = newStudentAtSchoolA();
        long police = policeIncident(student, 10);
        schoolIncident(student, 25);

        assertThat(flagOf(police).orElseThrow().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aCoordinatorConfirmsAndAnOmbudsmanDismissesWithAReasonReadBackByteForByte() {
        JsonObject first = flagOf(policeIncident(newStudentAtSchoolA(), 11)).orElseThrow();
        JsonObject second = flagOf(policeIncident(newStudentAtSchoolA(), 12)).orElseThrow();
        String kazakh = "Мектеп оқиғаны жасырды: әкімшілік құжаттары қайта тексерілді, өңірлік үйлестіруші растады.";
        String russian = "Школа сообщила устно, запись в журнале найдена — отметка не подтвердилась.";

        Api.Reply confirmed = Api.as("coordinator1").post("concealment-flags/" + id(first) + "/decision",
                decision("CONFIRMED", kazakh, first.getInt("version")));
        Api.Reply dismissed = Api.as("ombudsman1").post("concealment-flags/" + id(second) + "/decision",
                decision("DISMISSED", russian, second.getInt("version")));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.object().getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.object().getString("statusBy")).isNotBlank();
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        JsonObject read = Api.as("ombudsman1").get("concealment-flags/" + id(first)).object();
        JsonObject step = read.getJsonArray("history").getValuesAs(JsonObject.class).get(1);
        assertThat(step.getString("reason")).isEqualTo(kazakh);
        assertThat(step.getString("by")).isEqualTo("coordinator1");
        assertThat(Api.as("coordinator1").get("concealment-flags/" + id(second)).object().getJsonArray("history")
                .getJsonObject(1).getString("reason")).isEqualTo(russian);
        assertThat(Api.as("coordinator1").get("concealment-flags?status=CONFIRMED&size=100").array()
                .getValuesAs(JsonObject.class)).anyMatch(f -> id(f) == id(first));

        Api.Reply again = Api.as("ombudsman1").post("concealment-flags/" + id(first) + "/decision",
                decision("DISMISSED", "Changed my mind.", read.getInt("version")));
        assertProblem(again, 400);
        assertThat(again.object().getString("detail")).contains("already been confirmed");
    }

    @Test
    void nobodyButACoordinatorOrAnOmbudsmanOfTheRegionDecidesAndEveryBadDecisionIsRefusedClearly() {
        JsonObject flag = flagOf(policeIncident(newStudentAtSchoolA(), 13)).orElseThrow();
        String path = "concealment-flags/" + id(flag) + "/decision";
        String fine = decision("CONFIRMED", "Checked.", flag.getInt("version"));

        for (String user : List.of("director1", "psychologist1", "inspector1", "socped1", "admin1")) {
            assertProblem(Api.as(user).post(path, fine), 403);
        }
        assertProblem(Api.as("ombudsman2").post(path, fine), 404);
        assertProblem(Api.as("ombudsman2").get("concealment-flags/" + id(flag)), 404);
        assertProblem(Api.as("coordinator1").post(path, decision("WITHDRAWN", "Checked.", flag.getInt("version"))),
                400);
        assertProblem(Api.as("coordinator1").post(path, decision("SOLD", "Checked.", flag.getInt("version"))), 400);
        assertProblem(Api.as("coordinator1").post(path, decision("CONFIRMED", " ", flag.getInt("version"))), 400);
        assertProblem(Api.as("coordinator1").post(path, decision("CONFIRMED", "x".repeat(2001),
                flag.getInt("version"))), 400);
        assertProblem(Api.as("coordinator1").post(path, "{\"decision\":\"CONFIRMED\",\"reason\":\"Checked.\"}"), 400);
        assertProblem(Api.as("coordinator1").post(path, decision("CONFIRMED", "Checked.", flag.getInt("version") + 1)),
                409);
        assertProblem(Api.as("coordinator1").post(path, "{\"decision\":\"CONFIRMED\",\"reason\":\"a\\u0000b\","
                + "\"version\":" + flag.getInt("version") + "}"), 400);
        assertProblem(Api.as("coordinator1").get("concealment-flags?status=GONE"), 400);
        assertProblem(Api.as("coordinator1").post("concealment-flags/999999999/decision", fine), 404);
        assertThat(Api.as("coordinator1").get("concealment-flags/" + id(flag)).object().getString("status"))
                .as("nothing was decided by the refused attempts").isEqualTo("OPEN");

        long student = newStudentAtSchoolA();
        JsonObject withdrawn = flagOf(policeIncident(student, 14)).orElseThrow();
        schoolIncident(student, 15);
        Api.Reply late = Api.as("coordinator1").post("concealment-flags/" + id(withdrawn) + "/decision",
                decision("CONFIRMED", "Too late.", withdrawn.getInt("version") + 1));
        assertProblem(late, 400);
        assertThat(late.object().getString("detail")).contains("withdrawn");
    }

    private static long policeIncident(long student, int daysAgo) {
        Api.Reply incident = Api.as("inspector1").post("incidents", """
                {"date":"%s","time":"11:40","onSchoolGrounds":true,"location":"Мектеп ауласы","type":"FIGHT",
                 "severity":"SEVERE","source":"POLICE","participants":[{"studentId":%d,"role":"VICTIM"}]}"""
                .formatted(today().minusDays(daysAgo), student));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
        return id(incident.object());
    }

    private static long schoolIncident(long student, int daysAgo) {
        Api.Reply incident = Api.as("psychologist1").post("students/" + student + "/incidents", """
                {"date":"%s","type":"FIGHT","role":"VICTIM"}""".formatted(today().minusDays(daysAgo)));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
        return id(incident.object());
    }

    private static Optional<JsonObject> flagOf(long incident) {
        return Api.as("coordinator1").get("concealment-flags?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getJsonNumber("incidentId").longValue() == incident).findFirst();
    }

    private static String decision(String decision, String reason, int version) {
        return """
                {"decision":"%s","reason":"%s","version":%d}""".formatted(decision, reason, version);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
