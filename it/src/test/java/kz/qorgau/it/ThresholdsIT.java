package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.casesOf;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thresholds as configuration: read by those who oversee the rules, proposed by an admin as a version that is
 * checked before it is stored, tried on a region's past signals beside the version in force, then activated and
 * recorded on every reason it raises.
 */
@ExtendWith(ArquillianExtension.class)
class ThresholdsIT {

    @Test
    void theVersionInForceIsReadableByThoseWhoOverseeTheRules() {
        for (String reader : List.of("coordinator1", "ombudsman1", "admin1")) {
            Api.Reply active = Api.as(reader).get("thresholds");
            assertThat(active.status()).as(reader).isEqualTo(200);
            assertThat(active.object().getString("status")).isEqualTo("ACTIVE");
            assertThat(active.object().getJsonObject("values").getInt("ew04MinIncidents")).isEqualTo(3);
        }
        for (String staff : List.of("psychologist1", "director1", "inspector1")) {
            assertThat(Api.as(staff).get("thresholds").status()).as(staff).isEqualTo(403);
        }
    }

    @Test
    void aProposalIsCheckedFieldByFieldBeforeItIsStored() {
        int before = Api.as("admin1").get("thresholds/versions?size=500").array().size();

        Api.Reply wrong = Api.as("admin1").post("thresholds/versions", """
                {"note":"try","values":{"ew04MinIncidents":0,"bogus":1,"ew09LowBand":"high","ew01WindowDays":2.5}}""");
        Api.Reply russian = Api.as("admin1").inLanguage("ru").post("thresholds/versions", """
                {"note":"try","values":{"ew09MediumBand":20}}""");
        Api.Reply noNote = Api.as("admin1").post("thresholds/versions", "{\"values\":{}}");
        Api.Reply longNote = Api.as("admin1").inLanguage("kk").post("thresholds/versions",
                "{\"note\":\"" + "x".repeat(1001) + "\",\"values\":{}}");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("ew04MinIncidents", "bogus", "ew09LowBand", "ew01WindowDays");
        assertThat(wrong.object().getString("detail")).contains("ew04MinIncidents must be between 1 and 1000");
        assertThat(russian.status()).isEqualTo(400);
        assertThat(russian.object().getString("detail")).contains("должны возрастать");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.object().getString("detail")).contains("1000");
        assertThat(Api.as("coordinator1").post("thresholds/versions", "{\"note\":\"x\",\"values\":{}}").status())
                .isEqualTo(403);
        assertThat(Api.as("admin1").get("thresholds/versions?size=500").array()).hasSize(before);
    }

    @Test
    void whatIfTriesADraftOnTheRegionsPastSignalsWithoutTouchingARealCase() throws InterruptedException {
        long student = newStudentAtSchoolA();
        Api psychologist = Api.as("psychologist1");
        psychologist.post("students/" + student + "/incidents", incidentJson(3, "PERPETRATOR"));
        psychologist.post("students/" + student + "/incidents", incidentJson(1, "PERPETRATOR"));
        List<JsonObject> casesBefore = casesOf(student);
        assertThat(casesBefore).noneMatch(c -> c.getString("level").equals("HIGH"));
        int draft = propose("{\"ew04MinIncidents\":2}");

        Api.Reply started = Api.as("coordinator1").post("thresholds/versions/" + draft + "/what-if",
                "{\"regionId\":75,\"months\":1}");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject run = untilFinished(started.object().getJsonNumber("id").longValue());
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getInt("studentsDone")).isEqualTo(run.getInt("studentsTotal"));
        JsonObject proposed = run.getJsonObject("proposed");
        JsonObject inForce = run.getJsonObject("active");
        assertThat(proposed.getInt("version")).isEqualTo(draft);
        assertThat(proposed.getInt("HIGH")).isGreaterThan(inForce.getInt("HIGH"));
        assertThat(casesOf(student)).as("no real case changed").isEqualTo(casesBefore);

        assertThat(Api.as("coordinator1").post("thresholds/versions/" + draft + "/what-if",
                "{\"regionId\":19,\"months\":1}").status()).as("another region").isEqualTo(404);
        assertThat(Api.as("admin1").post("thresholds/versions/" + draft + "/what-if",
                "{\"regionId\":75,\"months\":30}").status()).isEqualTo(400);
        assertThat(Api.as("ombudsman1").post("thresholds/versions/" + draft + "/what-if",
                "{\"regionId\":75,\"months\":1}").status()).isEqualTo(403);
    }

    @Test
    void anActivatedVersionIsInForceAndRecordedOnTheReasonsItRaises() {
        int previous = Api.as("admin1").get("thresholds").object().getInt("number");
        int draft = propose("{}");

        assertThat(Api.as("coordinator1").post("thresholds/versions/" + draft + "/activate", "").status())
                .isEqualTo(403);
        Api.Reply activated = Api.as("admin1").post("thresholds/versions/" + draft + "/activate", "");

        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(Api.as("admin1").get("thresholds").object().getInt("number")).isEqualTo(draft);
        assertThat(Api.as("admin1").get("thresholds/versions/" + previous).object().getString("status"))
                .isEqualTo("RETIRED");
        assertThat(Api.as("admin1").post("thresholds/versions/" + draft + "/activate", "").status()).isEqualTo(400);
        assertThat(Api.as("admin1").post("thresholds/versions/987654/activate", "").status()).isEqualTo(404);

        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(1, "\"SUICIDAL_IDEATION\"", "Wants to disappear."));
        JsonObject reason = casesOf(student).get(0).getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getInt("thresholdVersion")).isEqualTo(draft);
    }

    /** A draft of the version in force with these values changed; returns its number. */
    private static int propose(String values) {
        Api.Reply draft = Api.as("admin1").post("thresholds/versions",
                "{\"note\":\"Tried by the tests\",\"values\":" + values + "}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.object().getString("status")).isEqualTo("DRAFT");
        return draft.object().getInt("number");
    }

    private static JsonObject untilFinished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject run = Api.as("coordinator1").get("thresholds/what-if/" + id).object();
        while (run.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            run = Api.as("coordinator1").get("thresholds/what-if/" + id).object();
        }
        return run;
    }
}
