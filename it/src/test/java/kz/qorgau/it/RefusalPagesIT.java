package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages leave who may act to the services: what the container refuses is said on the page, in the person's
 * language, and nothing is written, not even the audit event of a read. Logged in through Keycloak's form over HTTP
 * ({@link PageSession}), so it needs the test stack's default ports, as the browser tests do.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalPagesIT {

    private static final String FORBIDDEN_RU = "Ваша роль не позволяет выполнить это действие.";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    /**
     * The case page offers the plan form to whoever answers for the case; a coordinator handed the psychologist's part
     * is offered it too, but the measures service admits the school's staff only, and so does the API.
     */
    @Test
    void aMeasureTheServiceRefusesTheCoordinatorIsRefusedOnThePageAndNotWritten() {
        long student = newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(1, "\"SELF_HARM\"", "Refusal pages."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long id = handThePsychologistsPartTo("coordinator1", onlyCaseOf(student));

        PageSession coordinator = PageSession.logIn("coordinator1").speaking("ru");
        HttpResponse<String> page = coordinator.get("/ui/case.xhtml?id=" + id);
        assertThat(page.body()).as("the plan form is offered to an assignee").contains("id=\"measure\"");

        HttpResponse<String> refused = submit(coordinator, page, "measure", Map.of("measure:kind", "HOME_VISIT",
                "measure:responsible", "coordinator1", nameOf(page.body(), "measure:dueOn"),
                today().plusDays(7).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), "measure:note", "Refused by the service.", "measure:save", ""));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(FORBIDDEN_RU);
        assertThat(Api.as("admin1").get("cases/" + id + "/measures").array()).isEmpty();
        assertThat(Api.as("coordinator1").post("cases/" + id + "/measures", """
                {"kind":"HOME_VISIT","responsible":"coordinator1","dueOn":"%s","version":%d}"""
                .formatted(today().plusDays(7), onlyCaseOf(student).getJsonNumber("version").longValue()))
                .status()).as("the API refuses the same").isEqualTo(403);
    }

    /** The student search is the school's staff's and supervisors' (as GET /students): an operator's is refused. */
    @Test
    void aSearchTheServiceRefusesTheOperatorIsRefusedOnThePageAndNotAudited() {
        long student = newStudentAtSchoolA();
        String iin = Api.as("admin1").get("students/" + student).object().getString("iin");
        int searches = auditOf("operator1", "student-search");

        PageSession operator = PageSession.logIn("operator1").speaking("ru");
        HttpResponse<String> page = operator.get("/ui/students.xhtml");
        HttpResponse<String> refused = submit(operator, page, "search", Map.of("search:iin", iin, "search:name", "",
                "search:find", ""));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(FORBIDDEN_RU)
                .as("no list of students found").doesNotContain("search:found");
        assertThat(auditOf("operator1", "student-search")).isEqualTo(searches);
    }

    /** A page whose reading the services refuse ends on a short page saying so, and the read is not audited. */
    @Test
    void aStudentsFileTheServiceRefusesTheOperatorEndsOnTheRefusalPage() {
        long student = newStudentAtSchoolA();

        HttpResponse<String> refused = PageSession.logIn("operator1").speaking("ru")
                .get("/ui/student.xhtml?id=" + student);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.uri().getPath()).isEqualTo("/refused");
        assertThat(refused.body()).contains("Действие не разрешено").contains(FORBIDDEN_RU).doesNotContain("Test");
        assertThat(Api.as("admin1").get("audit?username=operator1&recordType=student&recordId=" + student).array())
                .isEmpty();
    }

    /** Designated only while the case is handed over, so that other cases are assigned as before. */
    private static long handThePsychologistsPartTo(String username, JsonObject theCase) {
        long id = theCase.getJsonNumber("id").longValue();
        Api director = Api.as("director1");
        Api.Reply designated = director.post("schools/" + SCHOOL_A + "/staff",
                "{\"username\":\"" + username + "\",\"role\":\"PSYCHOLOGIST\"}");
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        Api.Reply handedOver = director.post("cases/" + id + "/reassign", """
                {"role":"PSYCHOLOGIST","username":"%s","version":%d}"""
                .formatted(username, theCase.getJsonNumber("version").longValue()));
        assertThat(director.delete("schools/" + SCHOOL_A + "/staff/"
                + designated.object().getJsonNumber("id").longValue()).status()).isEqualTo(204);
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        return id;
    }

    private static int auditOf(String username, String recordType) {
        return Api.as("admin1").get("audit?size=500&username=" + username + "&recordType=" + recordType).array()
                .size();
    }

    /**
     * Posts a form of the page as a browser does: with the form's own name, the view's state, and the nonce that
     * PrimeFaces' script adds to every form under its Content-Security-Policy.
     */
    private static HttpResponse<String> submit(PageSession session, HttpResponse<String> page, String form,
                                               Map<String, String> inputs) {
        Map<String, String> fields = new LinkedHashMap<>(inputs);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        fields.put("primefaces.nonce", find(NONCE, page.body()));
        String action = find(Pattern.compile("<form id=\"" + form + "\"[^>]*action=\"([^\"]+)\""), page.body());
        return session.postForm(action.replace("&amp;", "&"), fields);
    }

    /** The name of a field whose id starts so (a date picker names its input after itself, with a suffix). */
    private static String nameOf(String html, String id) {
        return find(Pattern.compile("name=\"(" + Pattern.quote(id) + "[^\"]*)\""), html);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }
}
