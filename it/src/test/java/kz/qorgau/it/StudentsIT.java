package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search, corrections with optimistic locking, status changes and handovers between schools. */
@ExtendWith(ArquillianExtension.class)
class StudentsIT {

    @Test
    void searchFindsByIinAndByNameOnlyWithinJurisdiction() {
        String iin = newIin();
        Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"Жақсылықова","firstName":"Әсел","schoolId":1001}""".formatted(iin));

        assertThat(names(Api.as("socped1").get("students?iin=" + iin))).containsExactly("Жақсылықова Әсел");
        assertThat(names(Api.as("coordinator1").get("students?name=ЖАҚСЫЛЫҚ"))).contains("Жақсылықова Әсел");
        assertThat(names(Api.as("psychologist2").get("students?iin=" + iin))).isEmpty();
        assertThat(Api.as("socped1").get("students?iin=123").status()).isEqualTo(400);
    }

    @Test
    void correctionAgainstAStaleVersionGets409WithTheCurrentVersion() {
        long id = newStudentAtSchoolA();
        Api director = Api.as("director1");
        long version = director.get("students/" + id).object().getJsonNumber("version").longValue();

        Api.Reply first = director.put("students/" + id, update("Corrected", version));
        Api.Reply stale = Api.as("socped1").put("students/" + id, update("Other", version));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.object().getString("lastName")).isEqualTo("Corrected");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.object().getString("detail")).contains(String.valueOf(version + 1));
        assertThat(Api.as("psychologist2").put("students/" + id, update("X", version + 1)).status()).isEqualTo(404);
    }

    @Test
    void onlyTheSchoolAdministrationChangesTheStatus() {
        long id = newStudentAtSchoolA();

        Api.Reply byDirector = Api.as("director1").post("students/" + id + "/status",
                "{\"status\":\"GRADUATED\",\"reason\":\"Finished grade 11\"}");
        Api.Reply byPsychologist = Api.as("psychologist1").post("students/" + id + "/status",
                "{\"status\":\"LEFT\",\"reason\":\"x\"}");
        Api.Reply withoutReason = Api.as("director1").post("students/" + id + "/status", "{\"status\":\"LEFT\"}");

        assertThat(byDirector.status()).isEqualTo(200);
        assertThat(byDirector.object().getString("status")).isEqualTo("GRADUATED");
        assertThat(byPsychologist.status()).isEqualTo(403);
        assertThat(withoutReason.status()).isEqualTo(400);
    }

    @Test
    void handedOverStudentAndOpenCaseMoveOnlyWhenTheReceivingSideConfirms() {
        long id = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + id + "/sessions", sessionJson(1, "\"SUICIDAL_IDEATION\"", "note"));

        Api.Reply requested = Api.as("director1").post("students/" + id + "/transfers", "{\"toSchoolId\":1002}");
        assertThat(requested.status()).isEqualTo(201);
        long transfer = requested.object().getJsonNumber("id").longValue();
        assertThat(Api.as("director1").post("students/" + id + "/transfers", "{\"toSchoolId\":1002}").status()).isEqualTo(409);
        assertThat(Api.as("psychologist1").get("students/" + id).status()).as("still school A's until confirmed").isEqualTo(200);
        assertThat(Api.as("director1").post("transfers/" + transfer + "/confirm", "").status())
                .as("the sending side cannot confirm").isEqualTo(404);
        assertThat(ids(Api.as("coordinator1").get("transfers?direction=incoming"))).contains(transfer);

        Api.Reply confirmed = Api.as("coordinator1").post("transfers/" + transfer + "/confirm", "");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.object().getString("status")).isEqualTo("CONFIRMED");
        assertThat(Api.as("psychologist1").get("students/" + id).status()).isEqualTo(404);
        assertThat(Api.as("psychologist2").get("students/" + id).status()).isEqualTo(200);
        JsonObject theCase = EarlyWarningIT.onlyCaseOf(id, "psychologist2");
        assertThat(theCase.getJsonArray("assignees").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("username")).containsExactly("psychologist2");
        assertThat(EarlyWarningIT.casesOf(id, "psychologist1")).isEmpty();
        assertThat(Api.as("coordinator1").post("transfers/" + transfer + "/cancel", "").status()).isEqualTo(400);
    }

    @Test
    void transferToTheSameSchoolOrByAPsychologistIsRefused() {
        long id = newStudentAtSchoolA();

        assertThat(Api.as("director1").post("students/" + id + "/transfers", "{\"toSchoolId\":1001}").status()).isEqualTo(400);
        assertThat(Api.as("psychologist1").post("students/" + id + "/transfers", "{\"toSchoolId\":1002}").status()).isEqualTo(403);
        assertThat(Api.as("director1").post("students/" + id + "/transfers", "{\"toSchoolId\":999999}").status()).isEqualTo(404);
    }

    @Test
    void pendingTransferCanBeCancelledBySender() {
        Api.Reply created = Api.as("psychologist1").post("students", studentJson(newIin(), SCHOOL_A));
        long id = created.object().getJsonNumber("id").longValue();
        long transfer = Api.as("socped1").post("students/" + id + "/transfers", "{\"toSchoolId\":1002}")
                .object().getJsonNumber("id").longValue();

        Api.Reply cancelled = Api.as("director1").post("transfers/" + transfer + "/cancel", "");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
        assertThat(Api.as("psychologist1").get("students/" + id).status()).isEqualTo(200);
    }

    private static String update(String lastName, long version) {
        return """
                {"lastName":"%s","firstName":"Student","grade":10,"classLetter":"A","version":%d}""".formatted(lastName, version);
    }

    private static List<String> names(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    private static List<Long> ids(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
