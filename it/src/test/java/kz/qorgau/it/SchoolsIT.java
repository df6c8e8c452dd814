package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reference data and staff designations: who may keep them, and where. */
@ExtendWith(ArquillianExtension.class)
class SchoolsIT {

    private static String district(long id, long region) {
        return """
                {"id":%d,"regionId":%d,"name":{"kk":"Аудан %d","ru":"Район %d","en":"District %d"}}"""
                .formatted(id, region, id, id, id);
    }

    private static String school(long id, long district) {
        return """
                {"id":%d,"districtId":%d,"kind":"SCHOOL","name":{"kk":"№ %d мектеп","ru":"Школа № %d","en":"School %d"}}"""
                .formatted(id, district, id, id, id);
    }

    @Test
    void everyoneSeesTheTwentyRegions() {
        Api.Reply reply = Api.as("socped1").get("regions");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array()).hasSize(20);
        assertThat(reply.array().getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonObject("name").getString("kk")).isEqualTo("Шымкент қаласы"));
    }

    @Test
    void coordinatorAddsDistrictsAndSchoolsOnlyInOwnRegion() {
        Api coordinator = Api.as("coordinator1");

        assertThat(coordinator.post("districts", district(7590, 75)).status()).isEqualTo(201);
        assertThat(coordinator.post("districts", district(1990, 19)).status()).isEqualTo(404);
        assertThat(coordinator.post("districts", district(7590, 75)).status()).isEqualTo(409);
        assertThat(coordinator.post("schools", school(759001, 7590)).status()).isEqualTo(201);
        assertThat(Api.as("admin1").post("districts", district(1990, 19)).status()).isEqualTo(201);
        assertThat(coordinator.post("schools", school(199001, 1990)).status()).isEqualTo(404);
        assertThat(Api.as("admin1").get("regions/75/districts").array().getValuesAs(JsonObject.class))
                .extracting(d -> d.getJsonNumber("id").longValue()).contains(7502L, 7590L);
    }

    @Test
    void schoolStaffMayNotAddReferenceData() {
        assertThat(Api.as("psychologist1").post("schools", school(759002, 7502)).status()).isEqualTo(403);
        assertThat(Api.as("director1").post("districts", district(7591, 75)).status()).isEqualTo(403);
    }

    @Test
    void incompleteSchoolIsRejectedFieldByField() {
        Api.Reply reply = Api.as("admin1").post("schools", "{\"id\":-5,\"districtId\":7502,\"name\":{\"kk\":\"\",\"ru\":\"x\",\"en\":\"y\"}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("id", "kind", "kk");
    }

    @Test
    void schoolListIsScopedToJurisdiction() {
        List<Long> seenByPsychologist = ids(Api.as("psychologist1").get("schools"));
        List<Long> seenByCoordinator = ids(Api.as("coordinator1").get("schools?size=500"));

        assertThat(seenByPsychologist).containsExactly(1001L);
        assertThat(seenByCoordinator).contains(1001L, 1002L);
        assertThat(Api.as("psychologist2").get("schools/1001").status()).isEqualTo(404);
        assertThat(Api.as("psychologist1").get("schools?size=501").status()).isEqualTo(400);
    }

    @Test
    void directorDesignatesAndRevokesStaffOfOwnSchoolOnly() {
        Api director = Api.as("director1");

        Api.Reply added = director.post("schools/1001/staff", "{\"username\":\"psychologist9\",\"role\":\"PSYCHOLOGIST\"}");
        Api.Reply again = director.post("schools/1001/staff", "{\"username\":\"psychologist9\",\"role\":\"PSYCHOLOGIST\"}");
        Api.Reply otherSchool = director.post("schools/1002/staff", "{\"username\":\"psychologist9\",\"role\":\"PSYCHOLOGIST\"}");
        Api.Reply badRole = director.post("schools/1001/staff", "{\"username\":\"x\",\"role\":\"JANITOR\"}");
        Api.Reply notAllowed = Api.as("socped1").post("schools/1001/staff", "{\"username\":\"y\",\"role\":\"PSYCHOLOGIST\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(notAllowed.status()).isEqualTo(403);
        long id = added.object().getJsonNumber("id").longValue();
        assertThat(usernames(Api.as("inspector1").get("schools/1001/staff"))).contains("psychologist9", "psychologist1");
        assertThat(director.delete("schools/1001/staff/" + id).status()).isEqualTo(204);
        assertThat(usernames(director.get("schools/1001/staff"))).doesNotContain("psychologist9");
        assertThat(director.delete("schools/1001/staff/" + id).status()).isEqualTo(404);
    }

    private static List<Long> ids(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> usernames(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("username")).toList();
    }
}
