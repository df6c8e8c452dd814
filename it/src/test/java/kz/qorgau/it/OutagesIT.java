package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.launcher.DevPostgres;

/**
 * A database outage as the server meets it: the database drops the server's connections and refuses new ones (the
 * application role loses its login, as while an operator repairs the database), then takes them again. Every request
 * in between is a 503 with Retry-After and a problem+json in the caller's language (for the pages, a page saying
 * so), answered within a bound; the log says it once when it starts and once when it ends, with the count;
 * readiness says the database is down; and the server serves again without a restart as soon as the database
 * answers.
 */
@ExtendWith(ArquillianExtension.class)
class OutagesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path SERVER_LOG = Path.of(System.getProperty("it.work"), "wildfly", "log", "server.log");
    private static final Pattern ENDED = Pattern.compile("Outage of the database ended after [0-9.]+ s; (\\d+) requests");
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(10);

    @Test
    void aDatabaseOutageIsA503InTheCallersLanguageLoggedOnceAndOverWhenTheDatabaseAnswers() throws Exception {
        String token = Api.tokenOf("coordinator1");
        assertThat(call("schools/1001", token, "ru").statusCode()).isEqualTo(200);
        PageSession pages = PageSession.logIn("coordinator1").speaking("kk");
        long logBefore = Files.size(SERVER_LOG);

        int refused = 0;
        long slowest = 0;
        refuseTheServer(true);
        try {
            Map<String, String[]> languages = Map.of(
                    "ru", new String[] {"Временно недоступно", "База данных"},
                    "kk", new String[] {"Уақытша қолжетімсіз", "Дерекқор"},
                    "en", new String[] {"Temporarily unavailable", "database"});
            for (var language : languages.entrySet()) {
                HttpResponse<String> answer = call("schools/1001", token, language.getKey());
                refused++;
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).contains("10");
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
                assertThat(problem.getString("type")).endsWith("/unavailable-database");
                assertThat(problem.getString("title")).isEqualTo(language.getValue()[0]);
                assertThat(problem.getString("detail")).contains(language.getValue()[1]);
            }
            HttpResponse<String> page = pages.get("/ui/inbox.xhtml");
            refused++;
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("10");
            assertThat(page.body()).contains("<html lang=\"kk\"", "Уақытша қолжетімсіз", "Дерекқор");
            HttpResponse<String> ready = readiness();
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(ready.body()).contains("{\"name\":\"database\",\"status\":\"DOWN\"");
            for (int i = 0; i < 20; i++) {
                Instant sent = Instant.now();
                int status = call(i % 2 == 0 ? "schools/1001" : "cases?size=5", token, "kk").statusCode();
                slowest = Math.max(slowest, Duration.between(sent, Instant.now()).toMillis());
                refused++;
                assertThat(status).isEqualTo(503);
            }
        } finally {
            refuseTheServer(false);
        }

        Instant back = Instant.now();
        int status = 0;
        while (status != 200 && Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            status = call("schools/1001", token, "ru").statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        long recovered = Duration.between(back, Instant.now()).toMillis();
        assertThat(status).as("served again without a restart").isEqualTo(200);
        Thread.sleep(1_000);
        assertThat(readiness().statusCode()).as("ready again").isEqualTo(200);

        String log = logSince(logBefore, Duration.ofSeconds(10));
        assertThat(Pattern.compile("Outage of the database started").matcher(log).results().count())
                .as(log).isEqualTo(1);
        Matcher ended = ENDED.matcher(log);
        assertThat(ended.find()).as(log).isTrue();
        assertThat(Integer.parseInt(ended.group(1))).isGreaterThanOrEqualTo(refused);
        assertThat(log).doesNotContain("Unexpected failure", "WFLYEJB0034", "IJ000604", "IJ030027");
        assertThat(slowest).as("each refusal within the bound").isLessThan(ANSWER_BOUND.toMillis());
        System.out.printf("Database outage: %d requests refused with 503 (slowest answer %d ms), served again %d ms"
                + " after the database answered; log during the outage: %d bytes%n", refused, slowest, recovered,
                log.getBytes(StandardCharsets.UTF_8).length);
    }

    /** /health/ready on the management port: the database's check answers within 2 s, and is reused for 1 s. */
    private static HttpResponse<String> readiness() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Integer.getInteger("it.management.port")
                + "/health/ready")).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The database drops the application role's connections and refuses new ones, or takes them again. */
    private static void refuseTheServer(boolean refuse) throws SQLException {
        try (Connection superuser = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + Integer.getInteger("it.postgres.port") + "/" + DevPostgres.DATABASE, "postgres", "");
             Statement sql = superuser.createStatement()) {
            sql.execute("alter role " + DevPostgres.APPLICATION_USER + (refuse ? " nologin" : " login"));
            if (refuse) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '"
                        + DevPostgres.APPLICATION_USER + "'");
            }
        }
    }

    private static HttpResponse<String> call(String path, String token, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server log written since the offset, once the end of the outage is in it (or the wait is over). */
    private static String logSince(long offset, Duration wait) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        String log = "";
        while (Instant.now().isBefore(deadline)) {
            try (RandomAccessFile file = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
                byte[] written = new byte[(int) (file.length() - offset)];
                file.seek(offset);
                file.readFully(written);
                log = new String(written, StandardCharsets.UTF_8);
            }
            if (ENDED.matcher(log).find()) {
                return log;
            }
            Thread.sleep(200);
        }
        return log;
    }
}
