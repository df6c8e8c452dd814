package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Emergency access outside one's jurisdiction: reasoned, read-only, audited, and told to supervisors. */
@ExtendWith(ArquillianExtension.class)
class BreakGlassIT {

    private static final String REASON = "The child ran away from home tonight; police ask for the file";

    private static String request(String iin, String reason) {
        return "{\"iin\":\"%s\",\"reason\":\"%s\"}".formatted(iin, reason);
    }

    @Test
    void psychologistOfAnotherSchoolReadsTheFileAfterStatingAReason() {
        String iin = newIin();
        long student = Api.as("psychologist1").post("students", studentJson(iin, SCHOOL_A)).object()
                .getJsonNumber("id").longValue();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "Secret words"));
        long caseId = EarlyWarningIT.onlyCaseOf(student, "psychologist1").getJsonNumber("id").longValue();
        Api outsider = Api.as("psychologist2");
        assertThat(outsider.get("students/" + student).status()).isEqualTo(404);

        Api.Reply grant = outsider.post("break-glass", request(iin, REASON));

        assertThat(grant.status()).isEqualTo(201);
        assertThat(grant.object().getString("expiresAt")).isNotBlank();
        assertThat(outsider.get("students/" + student).status()).isEqualTo(200);
        assertThat(outsider.get("cases/" + caseId).status()).isEqualTo(200);
        JsonObject session = outsider.get("students/" + student + "/sessions").array().getJsonObject(0);
        assertThat(session.containsKey("confidentialNote")).as("notes stay with the school's psychologists").isFalse();
        assertThat(outsider.post("students/" + student + "/incidents", incidentJson(0, "VICTIM")).status())
                .as("break-glass opens the file for reading only").isEqualTo(404);
    }

    @Test
    void supervisorsOfTheSchoolAreToldAndTheOpeningIsAudited() {
        String iin = newIin();
        long student = Api.as("psychologist1").post("students", studentJson(iin, SCHOOL_A)).object()
                .getJsonNumber("id").longValue();

        Api.as("psychologist2").post("break-glass", request(iin, REASON));

        assertThat(Api.as("coordinator1").get("notices").array().getValuesAs(JsonObject.class))
                .anySatisfy(n -> assertThat(n.getString("text")).contains("psychologist2", REASON));
        assertThat(Api.as("ombudsman2").get("notices").array()).noneSatisfy(
                n -> assertThat(n.asJsonObject().getString("text")).contains(REASON));
        assertThat(Api.as("ombudsman1").get("audit?action=BREAK_GLASS&recordId=" + student).array())
                .hasSize(1);
    }

    @Test
    void aReasonIsRequiredAndOnlyOutsideOnesJurisdiction() {
        String iin = newIin();
        Api.as("psychologist1").post("students", studentJson(iin, SCHOOL_A));

        assertThat(Api.as("psychologist2").post("break-glass", request(iin, "urgent")).status()).isEqualTo(400);
        assertThat(Api.as("psychologist1").post("break-glass", request(iin, REASON)).status()).isEqualTo(400);
        assertThat(Api.as("ombudsman1").post("break-glass", request(iin, REASON)).status()).isEqualTo(403);
        assertThat(Api.as("psychologist2").post("break-glass", request("110412600002", REASON)).status()).isEqualTo(400);
        assertThat(Api.as("psychologist2").get("notices").status()).isEqualTo(403);
    }
}
