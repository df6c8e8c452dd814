package kz.qorgau.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import io.gatling.app.Gatling$;

/**
 * A school day's load (issue 18, docs/PERFORMANCE.md): the stack with the demo's data, real Keycloak tokens of the
 * demo users, then the Gatling simulation {@link SchoolDayLoad} in this JVM, its HTML report under
 * {@code target/gatling}, and a summary table per step of users printed at the end. The tokens live 15 minutes (the
 * realm's access token lifespan): the steps together must stay within that.
 */
final class LoadBenchmark {

    /** Every demo user the mix acts as. */
    private static final List<String> USERS = List.of("psychologist1", "socped1", "director1", "inspector1",
            "coordinator1", "ombudsman1", "operator1");
    private static final String SCHOOL = "1001";
    private static final int FLOOR_CLIENTS = 50;
    private static final int FLOOR_WARM_UP = 1_000;
    private static final int FLOOR_REQUESTS = 5_000;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("qorgau.work"));
        try (BenchStack stack = BenchStack.start(work, true)) {
            run(stack, work);
        }
    }

    /** The mix on a running stack that holds the demo's data, and whatever else it was given (the country). */
    static void run(BenchStack stack, Path work) throws Exception {
        LoadSteps steps = LoadSteps.fromSystemProperties();
        for (String user : USERS) {
            System.setProperty("load.token." + user, stack.token(user));
        }
        HttpClient http = HttpClient.newHttpClient();
        String api = stack.api();
        System.setProperty("load.api", api);
        System.setProperty("load.management", "http://127.0.0.1:" + (9990 + BenchStack.PORT_OFFSET));
        System.setProperty("load.school", SCHOOL);
        JsonObject school = Json.createReader(new StringReader(read(http, api, "schools/" + SCHOOL,
                "psychologist1"))).readObject();
        System.setProperty("load.region", String.valueOf(school.getJsonNumber("regionId").longValue()));
        System.setProperty("load.students", ids(read(http, api, "students?size=50", "psychologist1")));
        System.setProperty("load.cases", ids(read(http, api, "cases?size=50", "inspector1")));
        List<FloorProbe.Figures> cold = floors(api, System.getProperty("load.management"),
                System.getProperty("load.token.psychologist1"), false);
        Path results = Path.of(System.getProperty("load.results", work.resolveSibling("gatling").toString()));
        Files.createDirectories(results);
        String load = uptime();
        int status = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", SchoolDayLoad.class.getName(),
                "--results-folder", results.toString(), "--run-description", "A school day's load"});
        List<FloorProbe.Figures> warm = floors(api, System.getProperty("load.management"),
                System.getProperty("load.token.psychologist1"), true);
        System.out.println();
        System.out.println("A school day's load: steps of " + steps.levels() + " concurrent users, "
                + steps.hold().toSeconds() + " s each (after a " + steps.ramp().toSeconds() + " s ramp; warm-up "
                + steps.warmUp().toSeconds() + " s); Gatling's report in " + results);
        System.out.println("Load average before: " + load + "; after: " + uptime());
        System.out.println(LoadFigures.table(steps));
        System.out.println();
        System.out.println("The floors alone (" + FLOOR_CLIENTS + " clients, " + FLOOR_REQUESTS
                + " requests each after " + FLOOR_WARM_UP + " to warm up), before the mix, on a server just started:");
        System.out.println(FloorProbe.Figures.header());
        cold.forEach(f -> System.out.println(f.row()));
        System.out.println("The same after the mix, on a server its requests have warmed:");
        System.out.println(FloorProbe.Figures.header());
        warm.forEach(f -> System.out.println(f.row()));
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status);
        }
    }

    /**
     * The two floors on their own: what the server can do at most, and what the API costs on top of it. Measured before
     * the mix and again after it: on a server just started, the JIT has not yet compiled the API's path.
     */
    private static List<FloorProbe.Figures> floors(String api, String management, String token, boolean afterMix)
            throws Exception {
        try (ServerHeap server = ServerHeap.ofBenchServer()) {
            FloorProbe probe = new FloorProbe(server);
            FloorProbe.Figures health = probe.measure("management health", management + "/health/live", null,
                    FLOOR_CLIENTS, FLOOR_WARM_UP, FLOOR_REQUESTS);
            // -Dload.jfr=FILE records where the server's time goes while it serves the school's floor request.
            String recording = afterMix ? System.getProperty("load.jfr", "") : "";
            if (!recording.isBlank()) {
                server.startRecording(Path.of(recording));
            }
            FloorProbe.Figures school = probe.measure("authenticated GET of one school", api + "schools/" + SCHOOL,
                    token, FLOOR_CLIENTS, FLOOR_WARM_UP, FLOOR_REQUESTS);
            if (!recording.isBlank()) {
                server.stopRecording();
                System.out.println("Flight recording of the school's floor request: " + recording);
            }
            return List.of(health, school);
        }
    }

    /** GET as one of the demo users, whose token the benchmark keeps in {@code load.token.<user>}. */
    static String read(HttpClient http, String api, String path, String user) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + System.getProperty("load.token." + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode());
        }
        return response.body();
    }

    /** The ids of a list the API answered; the mix picks from them at random. */
    static String ids(String list) {
        JsonArray rows = Json.createReader(new StringReader(list)).readArray();
        if (rows.isEmpty()) {
            throw new IllegalStateException("the demo data holds no rows for the load's mix: " + list);
        }
        return rows.getValuesAs(JsonObject.class).stream().map(row -> row.getJsonNumber("id").toString())
                .collect(Collectors.joining(","));
    }

    private static String uptime() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
