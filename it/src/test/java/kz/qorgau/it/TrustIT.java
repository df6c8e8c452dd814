package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The caller is who the verified token says, and the API and the pages are separate doors: the attacks seen on the
 * system, each as a request that must be refused. An unsigned token forged with another school's ids, sent beside a
 * valid one; a token issued to another client; the pages' session cookie on the API; a form posted from another
 * site; a forged view state. Nothing here may answer 5xx or show how the server is built.
 */
@ExtendWith(ArquillianExtension.class)
class TrustIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A JWT with any claims one likes and no valid signature: what the attacker wrote by hand. */
    private static String unsignedToken(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".AAAA";
    }

    private static final String NATIONAL_PSYCHOLOGIST = unsignedToken("""
            {"preferred_username":"psychologist1","realm_access":{"roles":["psychologist","admin","ombudsman"]},
             "national":true,"school_ids":[1001,1002]}""");

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path));
    }

    private static void assertProblem(HttpResponse<String> reply, int status) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("kz.qorgau");
    }

    @Test
    void aForgedTokenBesideAValidOneIsRefusedWith400() throws SQLException {
        long student = newStudentAtSchoolA();
        long sessionsBefore = count("select count(*) from psychologist_session where student_id = " + student);

        HttpResponse<String> read = send(api("students/" + student + "/sessions")
                .header("Authorization", "Bearer " + NATIONAL_PSYCHOLOGIST + " x")
                .header("Authorization", "Bearer " + Api.tokenOf("psychologist2")).GET());
        HttpResponse<String> write = send(api("students/" + student + "/sessions")
                .header("Authorization", "Bearer " + NATIONAL_PSYCHOLOGIST)
                .header("Authorization", "Bearer " + Api.tokenOf("psychologist2"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(sessionJson(0, "\"SELF_HARM\"", "written by whom?"))));

        assertProblem(read, 400);
        assertThat(read.body()).contains("Authorization");
        assertProblem(write, 400);
        assertThat(count("select count(*) from psychologist_session where student_id = " + student))
                .isEqualTo(sessionsBefore);
    }

    @Test
    void anUnsignedTokenAloneIs401() {
        assertProblem(send(api("cases").header("Authorization", "Bearer " + NATIONAL_PSYCHOLOGIST).GET()), 401);
    }

    @Test
    void anAuthorizationHeaderThatIsNotExactlyOneBearerTokenIs400() {
        String valid = Api.tokenOf("psychologist1");

        for (String header : List.of("Bearer " + valid + " x", "Bearer " + NATIONAL_PSYCHOLOGIST + " x",
                "Basic cHN5Y2hvbG9naXN0MTpkZW1v", "Bearer", "Bearer  " + valid, valid)) {
            HttpResponse<String> reply = send(api("cases").header("Authorization", header).GET());

            assertProblem(reply, 400);
        }
    }

    @Test
    void theVerifiedTokenDecidesWhatIsVisible() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(0, "", "Тек психологқа"));

        HttpResponse<String> reply = send(api("students/" + student + "/sessions")
                .header("Authorization", "Bearer " + Api.tokenOf("psychologist2")).GET());

        assertProblem(reply, 404);
    }

    @Test
    void aTokenIssuedToAnotherClientIs401() {
        String form = "grant_type=password&client_id=admin-cli&username=psychologist1&password=demo";
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(Api.ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String foreign = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        assertProblem(send(api("cases").header("Authorization", "Bearer " + foreign).GET()), 401);
    }

    @Test
    void withoutATokenTheApiAnswers401WhateverTheClientAccepts() {
        for (String accept : List.of("*/*", "text/html,application/xhtml+xml", "application/json")) {
            assertProblem(send(api("cases").header("Accept", accept).GET()), 401);
        }
    }

    @Test
    void thePagesSessionCookieDoesNotOpenTheApi() {
        PageSession browser = PageSession.logIn("director1");
        String cookie = "JSESSIONID=" + browser.sessionCookie();

        assertProblem(send(api("cases").header("Cookie", cookie).header("Accept", "*/*").GET()), 401);
        assertThat(browser.get("/ui/inbox.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedFromAnotherSiteWithTheSessionCookieChangesNothing() throws SQLException {
        PageSession browser = PageSession.logIn("admin1");
        long checksBefore = count("select count(*) from audit_event where username = 'admin1'");

        for (String path : List.of("deadline-checks", "prescription-checks", "transfers/1/cancel",
                "thresholds/versions/1/activate")) {
            HttpResponse<String> reply = browser.postForm("/api/" + path, Map.of("x", "1"),
                    "Origin", "https://attacker.example", "Referer", "https://attacker.example/page.html");

            assertProblem(reply, 401);
        }
        assertThat(count("select count(*) from audit_event where username = 'admin1'")).isEqualTo(checksBefore);
    }

    @Test
    void thePagesSessionCookieIsHttpOnlyAndSameSite() {
        PageSession browser = PageSession.logIn("socped1");

        assertThat(browser.setCookieHeaders()).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void thePagesTakeNoAuthorizationHeader() {
        PageSession browser = PageSession.logIn("psychologist2");
        long student = newStudentAtSchoolA();

        HttpResponse<String> reply = browser.get("/ui/student.xhtml?id=" + student,
                "Authorization", "Bearer " + NATIONAL_PSYCHOLOGIST + ".AAAA x");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Тек психологқа").doesNotContain("Exception");
    }

    @Test
    void aForgedViewStateMeetsAPageSayingTheSessionEndedInTheUsersLanguage() {
        PageSession browser = PageSession.logIn("director1");

        for (Map.Entry<String, String> language : Map.of("kk", "Бұл беттің мерзімі өтті", "ru",
                "Срок действия страницы истёк", "en", "This page has expired").entrySet()) {
            HttpResponse<String> reply = browser.speaking(language.getKey()).postForm("/ui/students.xhtml",
                    Map.of("search", "search", "jakarta.faces.ViewState", "-1:-1"));

            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(reply.body()).contains(language.getValue()).contains("/ui/inbox.xhtml")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("jakarta.");
        }
    }

    @Test
    void everyResponseCarriesTheBrowsersDefences() {
        PageSession browser = PageSession.logIn("coordinator1");
        List<HttpResponse<String>> replies = List.of(
                send(api("cases").header("Authorization", "Bearer " + Api.tokenOf("coordinator1")).GET()),
                send(api("cases").GET()),
                browser.get("/ui/inbox.xhtml"),
                browser.get("/ui/dashboard.xhtml"),
                browser.postForm("/ui/students.xhtml", Map.of("jakarta.faces.ViewState", "-1:-1")),
                send(HttpRequest.newBuilder(URI.create(PageSession.ORIGIN + "/resources/qorgau.css")).GET()));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(reply.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(reply.headers().allValues("Content-Security-Policy")).hasSize(1)
                    .allSatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        });
        assertThat(browser.get("/ui/inbox.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow())
                .containsPattern("script-src 'self' 'nonce-[^']+'").doesNotContain("unsafe-inline' 'nonce")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void guessingAPasswordLocksTheAccountForAWhile() {
        Keycloak keycloak = Keycloak.admin();
        String username = "guess-target-" + System.nanoTime();
        String id = keycloak.createUser(username, "Qorgau-Guess-2026!");
        try {
            assertThat(keycloak.passwordGrant(username, "Qorgau-Guess-2026!")).as("before the guessing").isEqualTo(200);
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(keycloak.passwordGrant(username, "wrong-" + attempt)).isIn(400, 401);
            }

            assertThat(keycloak.passwordGrant(username, "Qorgau-Guess-2026!")).as("right password while locked")
                    .isIn(400, 401);
            assertThat(keycloak.get("/admin/realms/qorgau/attack-detection/brute-force/users/" + id))
                    .contains("\"disabled\":true");
        } finally {
            keycloak.deleteUser(id);
        }
    }

    @Test
    void theRealmRefusesAWeakPassword() {
        Keycloak keycloak = Keycloak.admin();

        HttpResponse<String> weak = keycloak.post("/admin/realms/qorgau/users", """
                {"username":"weak-%d","enabled":true,"credentials":[{"type":"password","value":"demo1234"}]}"""
                .formatted(System.nanoTime()));

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).containsIgnoringCase("password");
    }

    /** Keycloak's admin API, as the operator of the test stack's Keycloak. */
    private record Keycloak(String token) {

        private static final String BASE = "http://127.0.0.1:" + Integer.getInteger("it.keycloak.port");

        static Keycloak admin() {
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(BASE
                            + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(PageSession.form(Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", "admin", "password", "admin"))));
            return new Keycloak(reply.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1"));
        }

        String createUser(String username, String password) {
            HttpResponse<String> created = post("/admin/realms/qorgau/users", """
                    {"username":"%s","enabled":true,"firstName":"Guess","lastName":"Target",
                     "email":"%s@test.qorgau.kz","emailVerified":true,
                     "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                    .formatted(username, username, password));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            return location.substring(location.lastIndexOf('/') + 1);
        }

        int passwordGrant(String username, String password) {
            return send(HttpRequest.newBuilder(URI.create(Api.ISSUER + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(PageSession.form(Map.of("grant_type", "password", "client_id", "qorgau-cli",
                            "username", username, "password", password)))).statusCode();
        }

        String get(String path) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token)
                    .GET()).body();
        }

        HttpResponse<String> post(String path, String json) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        void deleteUser(String id) {
            send(HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/qorgau/users/" + id))
                    .header("Authorization", "Bearer " + token).DELETE());
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement s = db.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
