package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole stack in one breath, for the quick loop ({@code mvn -B verify -Pquick}): a token from the real Keycloak,
 * a student written and read through the API in the real WildFly and PostgreSQL, and the student's page after a
 * login through Keycloak's own form.
 */
@ExtendWith(ArquillianExtension.class)
class SmokeIT {

    @Test
    void aPsychologistReadsAStudentThroughTheApiAndOnTheStudentsPage() {
        long id = newStudentAtSchoolA();

        Api.Reply read = Api.as("psychologist1").get("students/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonObject student = read.object();
        assertThat(student.getJsonNumber("schoolId").longValue()).isEqualTo(SCHOOL_A);

        HttpResponse<String> page = PageSession.logIn("psychologist1").get("/ui/student.xhtml?id=" + id + "&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(student.getString("iin"));
    }
}
