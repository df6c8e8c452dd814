package kz.qorgau.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import kz.qorgau.earlywarning.control.RegionSignals;
import kz.qorgau.earlywarning.control.StudentBlock;
import kz.qorgau.earlywarning.rules.EarlyWarningRules;
import kz.qorgau.earlywarning.rules.EvaluationDay;
import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.generator.control.RegionSpec;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * The performance figures of issue 4 on the whole stack, each printed beside the bare floor of the library under it,
 * measured in the same run on the same data:
 * <ul>
 * <li>re-evaluating a generated region (430,000 students by default) through the REST API as the batch job, first
 * run and the nightly steady state, beside a bare PostgreSQL read of the same rows plus bare Drools firing the same
 * rules on the same facts;</li>
 * <li>one new signal to a visible case through the API with a real token, p50/p95/p99, beside the round trip of a
 * plain authenticated read.</li>
 * </ul>
 * It starts PostgreSQL, Keycloak and WildFly on ports of its own and stops them at the end.
 */
public final class EngineBenchmark {

    /**
     * Shymkent: the region the generator fills at the scale of one region; the school of the latency run is in a
     * district of Almaty (75) that no generated one takes.
     */
    private static final long REGION = BenchStack.REGION;
    private static final int BLOCK = 2000;
    private static final ZoneId KAZAKHSTAN = BenchStack.KAZAKHSTAN;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final StringBuilder report = new StringBuilder();
    private BenchStack stack;
    private String adminToken;
    private Instant adminTokenAt;

    public static void main(String[] args) throws Exception {
        new EngineBenchmark().run();
    }

    private void run() throws Exception {
        int students = Integer.getInteger("bench.students", 430_000);
        int signals = Integer.getInteger("bench.signals", 200);
        boolean country = "country".equals(System.getProperty("bench.scale", "region"));
        Path work = Path.of(System.getProperty("qorgau.work"));
        // The country is loaded beside the demo's data, so that the school day's mix can run on it afterwards.
        try (BenchStack started = BenchStack.start(work, country)) {
            stack = started;
            line("Qorgau engine benchmark, %s, %d cores, Java %s", LocalDate.now(KAZAKHSTAN),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            try (Connection db = stack.database()) {
                if (country) {
                    line(BenchStack.generateCountry(db));
                    evaluation(db, BenchStack.country().stream()
                            .map(RegionSpec::regionId).toList());
                } else {
                    line(BenchStack.generateRegion(db, students));
                    evaluation(db, List.of(REGION));
                }
            }
            newSignalToVisibleCase(signals, !country);
            System.out.println();
            System.out.println(report);
            if (country) {
                System.out.println("A school day's load on the country's data:");
                LoadBenchmark.run(stack, work);
            }
        }
    }

    /**
     * The regions re-evaluated as the nightly timer does, every region's job started at once, three times; then the
     * same reads with bare JDBC and the same rules in bare Drools, region after region. The third run also samples
     * the server's live heap each time another quarter of the regions has finished, which costs it a few forced
     * collections.
     */
    private void evaluation(Connection db, List<Long> regions) throws Exception {
        LocalDate today = LocalDate.now(KAZAKHSTAN);
        Thresholds thresholds = Thresholds.catalogue();
        Map<Long, List<long[]>> blocks = new LinkedHashMap<>();
        int students = 0;
        for (long region : regions) {
            List<Long> ids = RegionSignals.studentIds(db, region);
            blocks.put(region, blocksOf(ids));
            students += ids.size();
        }
        Runs first = evaluate(regions, null);
        Runs second = evaluate(regions, null);
        Runs third;
        List<String> heapSamples = new ArrayList<>();
        try (ServerHeap heap = ServerHeap.ofBenchServer()) {
            heapSamples.add("before: %d MB".formatted(heap.liveMb()));
            third = evaluate(regions, finished -> {
                try {
                    heapSamples.add("%d of %d regions done: %d MB".formatted(finished, regions.size(),
                            heap.liveMb()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            heapSamples.add("after: %d MB (heap max %d MB)".formatted(heap.liveMb(), heap.maxMb()));
        }
        double bareRead = 0;
        double bareDrools = 0;
        for (long region : regions) {
            bareRead += bareRead(db, region, blocks.get(region), today.minusDays(thresholds.longestWindowDays()));
            bareDrools += bareDrools(db, region, blocks.get(region), today, thresholds);
        }
        double floor = bareRead + bareDrools;
        double steady = Math.min(second.seconds(), third.seconds());
        line("");
        line("Re-evaluation of %d region(s), %,d students (blocks of %d, every region's job started at once):",
                regions.size(), students, BLOCK);
        line("| run | time | cases opened | cases changed |");
        line("| --- | --- | --- | --- |");
        line("| first run (opens the cases) | %.1f s | %,d | %,d |", first.seconds(), first.opened(), first.changed());
        line("| second run (nightly steady state) | %.1f s | %,d | %,d |", second.seconds(), second.opened(),
                second.changed());
        line("| third run | %.1f s | %,d | %,d |", third.seconds(), third.opened(), third.changed());
        line("| bare PostgreSQL: the same %d statements per block, every column of every row | %.1f s | | |",
                RegionSignals.queries().size(), bareRead);
        line("| bare Drools: the same rules on the same facts, one session per block | %.1f s | | |", bareDrools);
        line("| floor (bare PostgreSQL + bare Drools) | %.1f s | | |", floor);
        line("Steady-state re-evaluation %.1f s = %.2fx the floor (goal: %s and at most 1x)", steady, steady / floor,
                regions.size() > 1 ? "150 s or less" : "30 s or less");
        line("Server live heap (after a forced full collection) in the third run: %s", String.join("; ", heapSamples));
    }

    private static List<long[]> blocksOf(List<Long> ids) {
        List<long[]> blocks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BLOCK) {
            int to = Math.min(from + BLOCK, ids.size()) - 1;
            blocks.add(new long[] {ids.get(from), ids.get(to), to - from + 1});
        }
        return blocks;
    }

    /** Every column of every row the evaluation reads, with plain JDBC: the database's share of the work. */
    private static double bareRead(Connection db, long region, List<long[]> blocks, LocalDate since)
            throws SQLException {
        long began = System.nanoTime();
        long values = 0;
        for (long[] block : blocks) {
            for (String sql : RegionSignals.queries()) {
                try (PreparedStatement query = db.prepareStatement(sql)) {
                    query.setLong(1, region);
                    query.setLong(2, block[0]);
                    query.setLong(3, block[1]);
                    if (query.getParameterMetaData().getParameterCount() == 4) {
                        query.setObject(4, since);
                    }
                    query.setFetchSize(5_000);
                    try (ResultSet rows = query.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                if (rows.getObject(c) != null) {
                                    values++;
                                }
                            }
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("bare PostgreSQL, region %d: %,d values in %.1f s%n", region, values, seconds);
        return seconds;
    }

    /** The rules alone: facts read beforehand (not timed), then the same KieBase fired once per block. */
    private static double bareDrools(Connection db, long region, List<long[]> blocks, LocalDate today,
                                     Thresholds thresholds) throws SQLException {
        EarlyWarningRules rules = EarlyWarningRules.fromClasspath();
        RegionSignals signals = new RegionSignals(db, region, today, thresholds);
        long firing = 0;
        long findings = 0;
        for (long[] block : blocks) {
            StudentBlock facts = signals.block(block[0], block[1], (int) block[2]);
            long began = System.nanoTime();
            findings += rules.evaluate(new EvaluationDay(today), thresholds, facts.facts()).all().size();
            firing += System.nanoTime() - began;
        }
        System.out.printf("bare Drools, region %d: %,d findings in %.1f s%n", region, findings, firing / 1e9);
        return firing / 1e9;
    }

    /**
     * One run over the regions: every job started, then followed to its end; its time from the first start to the
     * last end. {@code atQuarter}, if given, hears how many regions are done each time another quarter finished.
     */
    private Runs evaluate(List<Long> regions, IntConsumer atQuarter) throws Exception {
        Map<Long, Long> runs = new LinkedHashMap<>();
        for (long region : regions) {
            runs.put(region, send(adminToken(), "POST", "evaluations", "{\"regionId\":" + region + "}", 202)
                    .getJsonNumber("id").longValue());
        }
        Map<Long, JsonObject> ended = new LinkedHashMap<>();
        int quarter = Math.max(1, regions.size() / 4);
        while (ended.size() < runs.size()) {
            Thread.sleep(250);
            for (Map.Entry<Long, Long> run : runs.entrySet()) {
                if (ended.containsKey(run.getKey())) {
                    continue;
                }
                JsonObject status = send(adminToken(), "GET", "evaluations/" + run.getValue(), null, 200);
                if (status.getString("status").matches("COMPLETED|FAILED|STOPPED|ABANDONED")) {
                    if (!status.getString("status").equals("COMPLETED")) {
                        throw new IllegalStateException("the evaluation of region " + run.getKey() + " ended " + status);
                    }
                    ended.put(run.getKey(), status);
                    if (atQuarter != null && (ended.size() % quarter == 0 || ended.size() == runs.size())) {
                        atQuarter.accept(ended.size());
                    }
                }
            }
        }
        Instant began = ended.values().stream().map(r -> Instant.parse(r.getString("startedAt")))
                .min(Instant::compareTo).orElseThrow();
        Instant end = ended.values().stream().map(r -> Instant.parse(r.getString("endedAt")))
                .max(Instant::compareTo).orElseThrow();
        Runs result = new Runs(Duration.between(began, end).toMillis() / 1000.0,
                ended.values().stream().mapToInt(r -> r.getInt("casesOpened")).sum(),
                ended.values().stream().mapToInt(r -> r.getInt("casesChanged")).sum());
        System.out.printf("evaluation of %d region(s): %.1f s, %,d cases opened, %,d changed%n", regions.size(),
                result.seconds(), result.opened(), result.changed());
        return result;
    }

    private record Runs(double seconds, int opened, int changed) {
    }

    /** An admin's token, fetched again once a minute: a country's first run outlasts a token's life. */
    private String adminToken() throws Exception {
        if (adminToken == null || Duration.between(adminTokenAt, Instant.now()).toSeconds() > 60) {
            adminToken = stack.token("admin1");
            adminTokenAt = Instant.now();
        }
        return adminToken;
    }

    /**
     * The school of the demo's psychologist1 (1001), so that a real token may record sessions there; then, for each
     * new student, a session with suicidal ideation and the read of the case it raised.
     */
    /** In school 1001: the demo's, or one made here in a district of Almaty when the demo's data is not loaded. */
    private void newSignalToVisibleCase(int count, boolean makeTheSchool) throws Exception {
        if (makeTheSchool) {
            String admin = stack.token("admin1");
            send(admin, "POST", "districts", "{\"id\":7599,\"regionId\":75,\"name\":{\"kk\":\"Бостандық\","
                    + "\"ru\":\"Бостандыкский\",\"en\":\"Bostandyk\"}}", 201);
            send(admin, "POST", "schools", "{\"id\":1001,\"districtId\":7599,\"kind\":\"SCHOOL\","
                    + "\"name\":{\"kk\":\"№ 1001 мектеп\",\"ru\":\"Школа № 1001\",\"en\":\"School 1001\"}}", 201);
            send(admin, "POST", "schools/1001/staff", "{\"username\":\"psychologist1\",\"role\":\"PSYCHOLOGIST\"}",
                    201);
        }
        String psychologist = stack.token("psychologist1");
        List<Double> signal = new ArrayList<>();
        List<Double> plainRead = new ArrayList<>();
        for (int i = 0; i < count + 20; i++) {
            String iin = Iin.issue(LocalDate.of(2011, 3, 1).plusDays(i % 300), Sex.FEMALE, 100 + i % 800).digits();
            long student = send(psychologist, "POST", "students", """
                    {"iin":"%s","lastName":"Bench","firstName":"Student","birthDate":"%s","sex":"FEMALE",
                     "schoolId":1001,"grade":8}""".formatted(iin, LocalDate.of(2011, 3, 1).plusDays(i % 300)), 201)
                    .getJsonNumber("id").longValue();
            long began = System.nanoTime();
            send(psychologist, "POST", "students/" + student + "/sessions", """
                    {"date":"%s","kind":"INDIVIDUAL","durationMinutes":40,"riskLevel":"HIGH",
                     "indicators":["SUICIDAL_IDEATION"],"confidentialNote":"Benchmark"}"""
                    .formatted(LocalDate.now(KAZAKHSTAN)), 201);
            JsonArray cases = sendArray(psychologist, "cases?studentId=" + student);
            double elapsed = (System.nanoTime() - began) / 1e6;
            if (cases.isEmpty() || !cases.getJsonObject(0).getString("level").equals("CRITICAL")) {
                throw new IllegalStateException("no CRITICAL case visible for student " + student);
            }
            long readBegan = System.nanoTime();
            send(psychologist, "GET", "schools/1001", null, 200);
            double read = (System.nanoTime() - readBegan) / 1e6;
            if (i >= 20) {
                signal.add(elapsed);
                plainRead.add(read);
            }
        }
        line("");
        line("One new signal to a visible case (%d signals after 20 of warm-up; POST a session with suicidal"
                + " ideation, then GET the student's cases, real psychologist token):", count);
        line("| measure | p50 | p95 | p99 |");
        line("| --- | --- | --- | --- |");
        line("| session to visible CRITICAL case | %.0f ms | %.0f ms | %.0f ms |", percentile(signal, 50),
                percentile(signal, 95), percentile(signal, 99));
        line("| floor: an authenticated GET of one school | %.0f ms | %.0f ms | %.0f ms |",
                percentile(plainRead, 50), percentile(plainRead, 95), percentile(plainRead, 99));
        line("p95 %.0f ms (goal: 200 ms or less)", percentile(signal, 95));
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private JsonObject send(String token, String method, String path, String body, int expected) throws Exception {
        String text = exchange(token, method, path, body, expected);
        return Json.createReader(new StringReader(text)).readObject();
    }

    private JsonArray sendArray(String token, String path) throws Exception {
        return Json.createReader(new StringReader(exchange(token, "GET", path, null, 200))).readArray();
    }

    private String exchange(String token, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.api() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private void line(String format, Object... arguments) {
        String text = arguments.length == 0 ? format : String.format(format, arguments);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
