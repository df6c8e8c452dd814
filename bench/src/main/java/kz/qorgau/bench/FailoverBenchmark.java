package kz.qorgau.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.gatling.app.Gatling$;

import kz.qorgau.launcher.DevCluster;
import kz.qorgau.launcher.DevWildFly;

/**
 * Losing a server (issue 18): the cluster (a load balancer and two nodes, {@link BenchStack#startCluster}) under the
 * school day's mix ({@link SchoolDayLoad}, one step of users), and in the middle of it one node killed outright
 * (SIGKILL). Meanwhile a person on the pages, logged in through Keycloak's form, reloads a page every second, and a
 * region evaluation runs on the node that dies. Printed at the end: the requests that failed before the kill, during
 * the failover (the window after it) and after; the writes answered 201 and whether each is in the database; the
 * person's page loads; the evaluation's end; the timers' firings in {@code scheduled_run}.
 */
final class FailoverBenchmark {

    private static final List<String> USERS = List.of("psychologist1", "socped1", "director1", "inspector1",
            "coordinator1", "ombudsman1", "operator1", "admin1");
    private static final String SCHOOL = "1001";
    /**
     * The demo's Almaty: its generated district gives the evaluation 2,000 students to work through, a checkpoint
     * after every 5, so that it is still running when its node dies.
     */
    private static final long EVALUATED_REGION = 75;
    private static final Duration KILL_AFTER = Duration.ofSeconds(Long.getLong("failover.kill.seconds", 90));
    private static final Duration WINDOW = Duration.ofSeconds(Long.getLong("failover.window.seconds", 30));
    private static final Duration EVALUATION_PATIENCE = Duration.ofMinutes(Long.getLong("failover.evaluation.minutes",
            5));

    private FailoverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("qorgau.work"));
        // One step of users, long enough for the kill in its middle and as long again after it.
        System.setProperty("load.users", System.getProperty("failover.users", "20"));
        System.setProperty("load.warmup.seconds", "15");
        System.setProperty("load.ramp.seconds", "5");
        System.setProperty("load.step.seconds", String.valueOf(KILL_AFTER.multipliedBy(2).toSeconds()));
        LoadSteps steps = LoadSteps.fromSystemProperties();
        try (BenchStack stack = BenchStack.startCluster(work)) {
            for (String user : USERS) {
                System.setProperty("load.token." + user, stack.token(user));
            }
            // HTTP/1.1: the JDK client's upgrade to HTTP/2 on plain http gets no answer through the balancer.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String api = stack.api();
            DevCluster cluster = stack.cluster();

            PageUser person = PageUser.logIn(stack.origin(), "/ui/inbox.xhtml", "psychologist1", "demo");
            String victimName = person.node();
            int victimIndex = victimName.equals(DevCluster.nodeName(0)) ? 0 : 1;
            DevWildFly victim = cluster.nodes().get(victimIndex);
            DevWildFly survivor = cluster.nodes().get(1 - victimIndex);

            System.setProperty("load.api", api);
            System.setProperty("load.management", "http://127.0.0.1:" + survivor.managementPort());
            System.setProperty("load.school", SCHOOL);
            JsonObject school = object(LoadBenchmark.read(http, api, "schools/" + SCHOOL, "psychologist1"));
            System.setProperty("load.region", String.valueOf(school.getJsonNumber("regionId").longValue()));
            System.setProperty("load.students",
                    LoadBenchmark.ids(LoadBenchmark.read(http, api, "students?size=50", "psychologist1")));
            System.setProperty("load.cases",
                    LoadBenchmark.ids(LoadBenchmark.read(http, api, "cases?size=50", "inspector1")));
            Path results = Path.of(System.getProperty("load.results", work.resolveSibling("gatling").toString()));
            Files.createDirectories(results);

            String loadBefore = uptime();
            long began = System.nanoTime();
            CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> Gatling$.MODULE$.fromArgs(
                    new String[] {"--simulation", SchoolDayLoad.class.getName(), "--results-folder",
                            results.toString(), "--run-description", "Losing a server"}));
            AtomicBoolean reloading = new AtomicBoolean(true);
            List<Reload> reloads = new ArrayList<>();
            CompletableFuture<Void> pages = CompletableFuture.runAsync(() -> {
                while (reloading.get()) {
                    long at = System.nanoTime();
                    PageUser.Load shown = person.load();
                    synchronized (reloads) {
                        reloads.add(new Reload(at, shown));
                    }
                    sleep(Duration.ofSeconds(1));
                }
            });

            // The evaluation starts on the node that will die, through that node's own port, shortly before the kill.
            sleepUntil(began, steps.warmUp().plus(steps.ramp()).plus(KILL_AFTER).minusSeconds(10));
            long evaluation = object(post(http, victim.applicationUrl() + "/api/evaluations",
                    "{\"regionId\":" + EVALUATED_REGION + ",\"blockSize\":5}", "admin1")).getJsonNumber("id")
                    .longValue();
            sleepUntil(began, steps.warmUp().plus(steps.ramp()).plus(KILL_AFTER));
            String evaluationAtKill = evaluationStatus(http, api, evaluation);
            long killed = System.nanoTime();
            victim.kill();
            System.out.println("Killed " + victimName + " (SIGKILL) with the evaluation " + evaluation + " "
                    + evaluationAtKill);

            int status = load.join();
            reloading.set(false);
            pages.join();
            String loadAfter = uptime();
            String evaluationEnd;
            try {
                evaluationEnd = awaitEvaluation(http, api, evaluation);
            } catch (Exception e) {
                evaluationEnd = "could not be followed: " + e;
            }

            List<LoadFigures.Outcome> outcomes = LoadFigures.outcomes();
            long windowEnd = killed + WINDOW.toNanos();
            Window before = Window.of(outcomes, began, killed);
            Window during = Window.of(outcomes, killed, windowEnd);
            Window after = Window.of(outcomes, windowEnd, Long.MAX_VALUE);
            Map<PageUser.Load, Integer> pageLoads = new EnumMap<>(PageUser.Load.class);
            Map<PageUser.Load, Integer> pageLoadsAfter = new EnumMap<>(PageUser.Load.class);
            for (Reload reload : reloads) {
                pageLoads.merge(reload.load(), 1, Integer::sum);
                if (reload.at() >= windowEnd) {
                    pageLoadsAfter.merge(reload.load(), 1, Integer::sum);
                }
            }
            List<String> writes = LoadFigures.acknowledged();
            long lost;
            String timers;
            try (Connection db = stack.database()) {
                lost = missing(db, writes);
                timers = timerFirings(db);
            }

            System.out.println();
            System.out.println("Losing a server: " + steps.levels().get(0) + " concurrent users of the school day's mix"
                    + " through the load balancer for " + steps.total().toSeconds() + " s; " + victimName
                    + " killed (SIGKILL) after " + Duration.ofNanos(killed - began).toSeconds() + " s; failover window "
                    + WINDOW.toSeconds() + " s; Gatling's report in " + results);
            System.out.println("Load average before: " + loadBefore + "; after: " + loadAfter);
            System.out.println();
            System.out.println("| figure | value |");
            System.out.println("| --- | --- |");
            System.out.println("| failed requests before the kill | " + before + " |");
            System.out.println("| failed requests during the failover (" + WINDOW.toSeconds() + " s after the kill) | "
                    + during + " |");
            System.out.println("| failed requests after the failover | " + after + " |");
            System.out.println("| writes answered 201 | " + writes.size() + " |");
            System.out.println("| of them missing in the database (lost) | " + lost + " |");
            System.out.println("| page loads of the logged-in person: shown / sent to the login / failed | "
                    + loads(pageLoads) + " |");
            System.out.println("| of them after the failover | " + loads(pageLoadsAfter) + " |");
            System.out.println("| region evaluation " + evaluation + " started on " + victimName + " | "
                    + evaluationAtKill + " at the kill; " + evaluationEnd + " |");
            System.out.println("| timers | " + timers + " |");
            System.out.println();
            System.out.println(LoadFigures.table(steps));
            if (status != 0) {
                System.out.println("Gatling ended with status " + status + " (the requests failed by the kill)");
            }
        }
    }

    private record Reload(long at, PageUser.Load load) {
    }

    /** The requests that ended in a span of time, and how many of them failed. */
    private record Window(int requests, int failed) {

        static Window of(List<LoadFigures.Outcome> outcomes, long from, long until) {
            int requests = 0;
            int failed = 0;
            for (LoadFigures.Outcome outcome : outcomes) {
                if (outcome.endedNanos() >= from && outcome.endedNanos() < until) {
                    requests++;
                    failed += outcome.ok() ? 0 : 1;
                }
            }
            return new Window(requests, failed);
        }

        @Override
        public String toString() {
            return String.format("%d of %d (%.2f %%)", failed, requests,
                    requests == 0 ? 0.0 : 100.0 * failed / requests);
        }
    }

    private static String loads(Map<PageUser.Load, Integer> loads) {
        return loads.getOrDefault(PageUser.Load.SHOWN, 0) + " / " + loads.getOrDefault(PageUser.Load.SENT_TO_LOGIN, 0)
                + " / " + loads.getOrDefault(PageUser.Load.FAILED, 0);
    }

    /** The writes whose Location names a record that is not in its table. */
    static long missing(Connection db, List<String> locations) throws SQLException {
        long missing = 0;
        for (String location : locations) {
            String table = location.contains("/hotline/reports/") ? "hotline_report" : "psychologist_session";
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            try (PreparedStatement find = db.prepareStatement("select count(*) from " + table + " where id = ?")) {
                find.setLong(1, id);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    missing += row.getLong(1) == 0 ? 1 : 0;
                }
            }
        }
        return missing;
    }

    /**
     * The timers' firings as {@code scheduled_run} records them: one row per timer and slot, claimed by the node that
     * did the work; {@code also_fired} counts the other firings of the same slot (a timer firing on every node).
     */
    private static String timerFirings(Connection db) throws SQLException {
        try (PreparedStatement firings = db.prepareStatement("""
                select count(*), count(distinct timer), coalesce(sum(also_fired), 0),
                       (select string_agg(node || ' ' || slots, ', ' order by node)
                          from (select node, count(*) as slots from scheduled_run group by node) as per_node)
                  from scheduled_run""");
             ResultSet row = firings.executeQuery()) {
            row.next();
            return row.getLong(1) + " slots of " + row.getLong(2) + " timers, run by " + row.getString(4)
                    + "; fired more than once: " + row.getLong(3);
        }
    }

    /** Follows the evaluation and the restarts that continue it, until the last of them completes or patience ends. */
    private static String awaitEvaluation(HttpClient http, String api, long id) throws Exception {
        long deadline = System.nanoTime() + EVALUATION_PATIENCE.toNanos();
        String chain = "";
        while (System.nanoTime() < deadline) {
            Map<Long, JsonObject> continuing = new HashMap<>();
            JsonObject first = null;
            String listed = LoadBenchmark.read(http, api, "evaluations?size=100", "admin1");
            for (JsonObject run : Json.createReader(new StringReader(listed)).readArray()
                    .getValuesAs(JsonObject.class)) {
                if (run.getJsonNumber("id").longValue() == id) {
                    first = run;
                }
                if (run.containsKey("continues") && !run.isNull("continues")) {
                    continuing.put(run.getJsonNumber("continues").longValue(), run);
                }
            }
            List<String> runs = new ArrayList<>();
            for (JsonObject run = first; run != null; run = continuing.get(run.getJsonNumber("id").longValue())) {
                runs.add(run.getJsonNumber("id") + " " + run.getString("status"));
            }
            chain = String.join(" -> ", runs);
            if (chain.endsWith("COMPLETED")) {
                return "ended COMPLETED (" + chain + ")";
            }
            sleep(Duration.ofSeconds(2));
        }
        return "not ended within " + EVALUATION_PATIENCE.toMinutes() + " min (" + chain + ")";
    }

    private static String evaluationStatus(HttpClient http, String api, long id) throws Exception {
        return object(LoadBenchmark.read(http, api, "evaluations/" + id, "admin1")).getString("status");
    }


    private static String post(HttpClient http, String url, String json, String user) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + System.getProperty("load.token." + user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " as " + user + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }


    private static void sleepUntil(long began, Duration elapsed) {
        long wait = began + elapsed.toNanos() - System.nanoTime();
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String uptime() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
