package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail through the API: who may read it, how far, and that nobody may change it. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Test
    void nationalOmbudsmanSeesWhoReadAStudentsFile() {
        long student = newStudentAtSchoolA();
        Api.as("socped1").get("students/" + student);

        List<JsonObject> events = events(Api.as("ombudsman1").get("audit?recordType=student&recordId=" + student));

        assertThat(events).extracting(e -> e.getString("username") + ":" + e.getString("action"))
                .contains("psychologist1:CREATE", "socped1:READ");
        assertThat(events).allSatisfy(e -> assertThat(e.getJsonNumber("schoolId").longValue()).isEqualTo(1001));
        assertThat(events(Api.as("admin1").get("audit?username=socped1&action=READ"))).isNotEmpty();
    }

    @Test
    void regionalOmbudsmanSeesNothingOfAnotherRegion() {
        long student = newStudentAtSchoolA();
        Api.as("socped1").get("students/" + student);

        Api.Reply reply = Api.as("ombudsman2").get("audit?recordType=student&recordId=" + student);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array()).isEmpty();
    }

    @Test
    void schoolStaffAndCoordinatorsMayNotReadTheTrail() {
        assertThat(Api.as("psychologist1").get("audit").status()).isEqualTo(403);
        assertThat(Api.as("director1").get("audit").status()).isEqualTo(403);
        assertThat(Api.as("coordinator1").get("audit").status()).isEqualTo(403);
    }

    @Test
    void theTrailCannotBeChangedThroughTheApi() {
        assertThat(Api.as("admin1").delete("audit").status()).isEqualTo(405);
        assertThat(Api.as("admin1").put("audit", "{}").status()).isIn(405, 415);
    }

    @Test
    void badFiltersAreExplained() {
        Api ombudsman = Api.as("ombudsman1");

        Api.Reply reversed = ombudsman.get("audit?from=2026-11-20&to=2026-11-01");
        Api.Reply badDate = ombudsman.get("audit?from=20.11.2026");
        Api.Reply badAction = ombudsman.get("audit?action=ERASE");

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.object().getString("detail")).contains("YYYY-MM-DD");
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.object().getString("detail")).contains("READ");
    }

    private static List<JsonObject> events(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }
}
