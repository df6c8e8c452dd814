package kz.qorgau.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages' server time on the demo data (issue: a psychologist's pages all day), beside two floors measured in
 * the same run: a bare PostgreSQL round trip and a static file of the same server behind the same login (the
 * pages' stylesheet). A fresh stack with the demo's data; then for psychologist1, inspector1 and ombudsman1 in turn:
 * a login through Keycloak's form over HTTP as a browser does it (code flow, cookies kept, redirects followed), the
 * time of the first page after the login, the first (cold) fetch of each of their pages, and then each page fetched
 * {@code -Dbench.runs} times warm, p50 and p95 of the time to the first byte and to the last. Loopback HTTP: the
 * client's time is the server's plus well under a millisecond, which the static floor shows.
 */
public final class PageTimeBenchmark {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"([^\"]*qorgau\\.css[^\"]*)\"");
    private static final String NAVIGATION = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final StringBuilder report = new StringBuilder();
    private final int runs = Integer.getInteger("bench.runs", 50);
    private BenchStack stack;

    public static void main(String[] args) throws Exception {
        new PageTimeBenchmark().run();
    }

    private void run() throws Exception {
        try (BenchStack started = BenchStack.start(Path.of(System.getProperty("qorgau.work")), true)) {
            stack = started;
            line("Qorgau page times, %s, %d cores, Java %s, demo data, %d warm fetches a page",
                    LocalDate.now(BenchStack.KAZAKHSTAN), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), runs);
            line("");
            line("| user | page | first fetch | p50 first byte | p95 first byte | p50 whole | p95 whole | size |");
            line("| --- | --- | --- | --- | --- | --- | --- | --- |");
            List<String> firstPages = new ArrayList<>();
            Session floorSession = null;
            for (String user : List.of("psychologist1", "inspector1", "ombudsman1")) {
                Session session = new Session(stack.origin());
                session.speaking("kk");
                firstPages.add(session.logIn(user));
                measurePagesOf(user, session, session.lastPage);
                floorSession = session;
            }
            line("");
            line("First page after the login (the inbox), in a fresh server's first minutes:");
            firstPages.forEach(this::line);
            floors(floorSession);
            System.out.println();
            System.out.println(report);
        }
    }

    /**
     * The pages a person of this kind opens in a day, with a real student, case and school of the demo, each
     * measured; the student and the case are those of the first line of the inbox the login brought, the school
     * the first of the safety page's list.
     */
    private void measurePagesOf(String user, Session session, String inbox) throws Exception {
        List<String> pages = new ArrayList<>(List.of("/ui/inbox.xhtml", "/ui/students.xhtml"));
        first(inbox, "student\\.xhtml\\?id=(\\d+)").ifPresent(id -> pages.add("/ui/student.xhtml?id=" + id));
        first(inbox, "case\\.xhtml\\?id=(\\d+)").ifPresent(id -> pages.add("/ui/case.xhtml?id=" + id));
        pages.addAll(switch (user) {
            case "psychologist1" -> List.of("/ui/record.xhtml", "/ui/reports.xhtml");
            case "inspector1" -> List.of("/ui/record.xhtml", "/ui/reports.xhtml", "/ui/safety.xhtml");
            default -> List.of("/ui/dashboard.xhtml", "/ui/reports.xhtml", "/ui/safety.xhtml");
        });
        for (String page : pages) {
            measure(user, page, session);
        }
        if (pages.contains("/ui/safety.xhtml")) {
            var school = first(session.get("/ui/safety.xhtml").body(), "<option value=\"(\\d+)\"");
            if (school.isPresent()) {
                measure(user, "/ui/safety.xhtml?schoolId=" + school.get(), session);
            }
        }
    }

    private static Optional<String> first(String html, String regex) {
        Matcher found = Pattern.compile(regex).matcher(html);
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }

    private void measure(String user, String page, Session session) throws Exception {
        Timing cold = session.timed(page);
        if (cold.status != 200) {
            line("| %s | %s | HTTP %d | | | | | |", user, page, cold.status);
            return;
        }
        for (int i = 0; i < 3; i++) {
            session.timed(page);
        }
        double[] firstByte = new double[runs];
        double[] whole = new double[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            Timing t = session.timed(page);
            firstByte[i] = t.firstByteMs;
            whole[i] = t.wholeMs;
            size = t.bytes;
        }
        line("| %s | %s | %.0f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %,d B |", user, page, cold.wholeMs,
                percentile(firstByte, 50), percentile(firstByte, 95), percentile(whole, 50), percentile(whole, 95),
                size);
    }

    /** The floors: what no page can beat, measured on the same stack in the same run. */
    private void floors(Session session) throws Exception {
        double[] query = new double[runs];
        try (Connection db = stack.database(); Statement statement = db.createStatement()) {
            for (int i = -3; i < runs; i++) {
                long began = System.nanoTime();
                try (ResultSet rows = statement.executeQuery("SELECT 1")) {
                    rows.next();
                }
                if (i >= 0) {
                    query[i] = (System.nanoTime() - began) / 1e6;
                }
            }
        }
        String inbox = session.get("/ui/inbox.xhtml").body();
        String css = first(inbox, STYLESHEET.pattern()).orElseThrow().replace("&amp;", "&");
        double[] file = new double[runs];
        for (int i = -3; i < runs; i++) {
            Timing t = session.timed(css);
            if (i >= 0) {
                file[i] = t.wholeMs;
            }
        }
        line("");
        line("Floors, same run:");
        line("- bare PostgreSQL round trip (SELECT 1 over JDBC): p50 %.2f ms, p95 %.2f ms", percentile(query, 50),
                percentile(query, 95));
        line("- static file of the same server behind the same login (%s): p50 %.1f ms, p95 %.1f ms", css,
                percentile(file, 50), percentile(file, 95));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    private record Timing(int status, double firstByteMs, double wholeMs, int bytes) {
    }

    /**
     * A browser's session without a browser: cookies kept by hand (Keycloak marks its own Secure, which browsers
     * honour on loopback and Java's cookie manager does not), redirects followed as a browser follows them.
     */
    private static final class Session {

        private final String origin;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        /** The page the login ended on. */
        String lastPage = "";

        Session(String origin) {
            this.origin = origin;
        }

        /** The pages' language, as the cookie of the language links remembers it. */
        void speaking(String code) {
            cookies.put(URI.create(origin).getPort() + ":qorgau-lang", code);
        }

        /**
         * Keycloak's form filled in and sent; returns the line of the first page after it: the whole chain from the
         * form's submission to the inbox, and the application's own share of it (its hops of the chain).
         */
        String logIn(String user) throws Exception {
            HttpResponse<String> form = get("/ui/inbox.xhtml");
            Matcher action = FORM_ACTION.matcher(form.body());
            if (!action.find()) {
                throw new IllegalStateException("no login form for " + user + ": " + form.statusCode());
            }
            String body = "username=" + user + "&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8);
            HttpRequest request = withCookies(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", NAVIGATION)
                    .POST(HttpRequest.BodyPublishers.ofString(body))).build();
            int appPort = URI.create(origin).getPort();
            long began = System.nanoTime();
            double appMs = 0;
            double keycloakMs = 0;
            HttpResponse<String> response = null;
            for (int hops = 0; hops < 10; hops++) {
                long hop = System.nanoTime();
                response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                double took = (System.nanoTime() - hop) / 1e6;
                if (request.uri().getPort() == appPort) {
                    appMs += took;
                } else {
                    keycloakMs += took;
                }
                keep(response);
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    break;
                }
                request = withCookies(HttpRequest.newBuilder(response.uri().resolve(location.get())).GET()
                        .header("Accept", NAVIGATION)).build();
            }
            double wholeMs = (System.nanoTime() - began) / 1e6;
            if (response.statusCode() != 200 || !response.uri().getPath().endsWith("/ui/inbox.xhtml")) {
                throw new IllegalStateException("login of " + user + " ended at " + response.uri());
            }
            lastPage = response.body();
            return String.format("- %s: %.0f ms from the form's submission to the inbox; the application's share"
                    + " (code exchange and the inbox) %.0f ms, Keycloak's %.0f ms", user, wholeMs, appMs, keycloakMs);
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest request = withCookies(HttpRequest.newBuilder(URI.create(origin + path)).GET()
                    .header("Accept", NAVIGATION)).build();
            for (int hops = 0; hops < 10; hops++) {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                keep(response);
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return response;
                }
                request = withCookies(HttpRequest.newBuilder(response.uri().resolve(location.get())).GET()
                        .header("Accept", NAVIGATION)).build();
            }
            throw new IllegalStateException("too many redirects from " + path);
        }

        /** One fetch of a page of the server, without following redirects: first byte and last. */
        Timing timed(String path) throws IOException, InterruptedException {
            HttpRequest request = withCookies(HttpRequest.newBuilder(URI.create(origin + path)).GET()
                    .header("Accept", NAVIGATION)).build();
            long began = System.nanoTime();
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            double firstByte = (System.nanoTime() - began) / 1e6;
            int bytes;
            try (InputStream body = response.body()) {
                bytes = body.readAllBytes().length;
            }
            double whole = (System.nanoTime() - began) / 1e6;
            keep(response);
            return new Timing(response.statusCode(), firstByte, whole, bytes);
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
            int port = request.build().uri().getPort();
            String header = cookies.entrySet().stream().filter(c -> c.getKey().startsWith(port + ":"))
                    .map(c -> c.getKey().substring(c.getKey().indexOf(':') + 1) + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? request : request.setHeader("Cookie", header);
        }

        private void keep(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String key = response.uri().getPort() + ":" + pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, value);
                }
            }
        }
    }
}
