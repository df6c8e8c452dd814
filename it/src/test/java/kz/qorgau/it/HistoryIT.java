package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Change history of student files and cases (Hibernate Envers), for supervisors. */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

    @Test
    void everyCorrectionOfAStudentFileStaysVisible() {
        long id = newStudentAtSchoolA();
        Api director = Api.as("director1");
        long version = director.get("students/" + id).object().getJsonNumber("version").longValue();
        director.put("students/" + id, """
                {"lastName":"Renamed","firstName":"Student","grade":10,"classLetter":"B","version":%d}""".formatted(version));

        List<JsonObject> history = director.get("students/" + id + "/history").array().getValuesAs(JsonObject.class);

        assertThat(history).extracting(h -> h.getString("change")).containsExactly("ADD", "MOD");
        assertThat(history.get(0).getJsonObject("values").getString("lastName")).isEqualTo("Test");
        assertThat(history.get(1).getJsonObject("values").getString("lastName")).isEqualTo("Renamed");
    }

    @Test
    void caseHistoryShowsTheLevelItWasOpenedWith() {
        long id = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + id + "/sessions", sessionJson(0, "\"SELF_HARM\"", "n"));
        long caseId = EarlyWarningIT.onlyCaseOf(id, "psychologist1").getJsonNumber("id").longValue();

        Api.Reply reply = Api.as("ombudsman1").get("cases/" + caseId + "/history");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject first = reply.array().getJsonObject(0);
        assertThat(first.getString("change")).isEqualTo("ADD");
        assertThat(first.getJsonObject("values").getString("level")).isEqualTo("CRITICAL");
    }

    @Test
    void historyIsForSupervisorsWithinJurisdiction() {
        long id = newStudentAtSchoolA();

        assertThat(Api.as("psychologist1").get("students/" + id + "/history").status()).isEqualTo(403);
        assertThat(Api.as("ombudsman2").get("students/" + id + "/history").status()).isEqualTo(404);
        assertThat(Api.as("coordinator1").get("students/" + id + "/history").status()).isEqualTo(200);
    }
}
