package kz.qorgau.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;

import kz.qorgau.generator.control.Country;
import kz.qorgau.generator.control.GenerationSummary;
import kz.qorgau.generator.control.RegionGenerator;
import kz.qorgau.generator.control.RegionSpec;
import kz.qorgau.launcher.DevCluster;
import kz.qorgau.launcher.DevKeycloak;
import kz.qorgau.launcher.DevPostgres;
import kz.qorgau.launcher.DevWildFly;
import kz.qorgau.platform.control.NoteCipher;

/**
 * The whole stack a benchmark measures, on the benchmarks' own loopback ports (or those of {@code -Dbench.port.offset},
 * {@code -Dbench.postgres.port}, {@code -Dbench.keycloak.port} and {@code -Dbench.keycloak.management.port}, so that
 * it runs beside a test stack): PostgreSQL, Keycloak (started beside it) and WildFly with the EAR of the build, with
 * or without the demo's data; stopped in reverse order on close.
 */
final class BenchStack implements AutoCloseable {

    static final long REGION = 79;
    static final long SEED = 20261125L;
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final int POSTGRES_PORT = Integer.getInteger("bench.postgres.port", 55466);
    private static final int KEYCLOAK_PORT = Integer.getInteger("bench.keycloak.port", 28180);
    private static final int KEYCLOAK_MANAGEMENT_PORT = Integer.getInteger("bench.keycloak.management.port", 29180);
    static final int PORT_OFFSET = Integer.getInteger("bench.port.offset", 20000);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private DevPostgres postgres;
    private DevKeycloak keycloak;
    private DevCluster cluster;
    private String api;
    private String origin;

    private BenchStack() {
    }

    /** Starts everything under {@code work}, without the demo's data; whatever started before a failure is stopped. */
    static BenchStack start(Path work) throws Exception {
        return start(work, false);
    }

    static BenchStack start(Path work, boolean demoData) throws Exception {
        return start(work, demoData, false);
    }

    /**
     * With the demo's data, and as a cluster: the load balancer at the offset (28080 by default, where the realm
     * lets the pages' logins return) in front of two nodes at the offset plus 1000 and plus 2000.
     */
    static BenchStack startCluster(Path work) throws Exception {
        return start(work, true, true);
    }

    private static BenchStack start(Path work, boolean demoData, boolean clustered) throws Exception {
        BenchStack stack = new BenchStack();
        try {
            stack.startIn(work, demoData, clustered);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startIn(Path work, boolean demoData, boolean clustered) throws Exception {
        Files.createDirectories(work);
        // As the figures of docs/PERFORMANCE.md were measured: fsync and synchronous_commit off, which production must
        // not do (docs/DEPLOYMENT.md, production notes); a durable database commits slower on this machine's disk.
        postgres = keep(DevPostgres.start(POSTGRES_PORT, work.resolve("postgres"), DevPostgres.Durability.FAST));
        CompletableFuture<DevKeycloak> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return keep(DevKeycloak.start(Path.of(System.getProperty("qorgau.keycloak.home")),
                        KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, work.resolve("keycloak.log")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String issuer = "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/" + DevKeycloak.REALM;
        Map<String, String> environment = Map.of("DB_URL", postgres.jdbcUrl(), "DB_USER",
                DevPostgres.APPLICATION_USER, "DB_PASSWORD", DevPostgres.APPLICATION_PASSWORD, "DB_OWNER_USER",
                DevPostgres.USER, "DB_OWNER_PASSWORD", DevPostgres.PASSWORD, "QORGAU_NOTE_KEYS",
                DevWildFly.DEMO_NOTE_KEYS, "OIDC_PROVIDER_URL", issuer, "QORGAU_DEMO_DATA", String.valueOf(demoData));
        Path jbossHome = Path.of(System.getProperty("qorgau.jboss.home"));
        Path ear = Path.of(System.getProperty("qorgau.ear"));
        if (clustered) {
            // The demo's generated district too: 2,000 students give a region's evaluation minutes of work.
            Map<String, String> withDistrict = new HashMap<>(environment);
            withDistrict.put("QORGAU_DEMO_STUDENTS", "2000");
            cluster = keep(DevCluster.start(jbossHome, ear, work.resolve("cluster"), PORT_OFFSET,
                    List.of(PORT_OFFSET + 1000, PORT_OFFSET + 2000), withDistrict));
            origin = cluster.applicationUrl();
        } else {
            origin = keep(DevWildFly.start(jbossHome, work.resolve("wildfly"), ear, PORT_OFFSET, environment,
                    work.resolve("wildfly-console.log"))).applicationUrl();
        }
        keycloak = starting.join();
        api = origin + "/api/";
    }

    /** The cluster of {@link #startCluster}; null otherwise. */
    DevCluster cluster() {
        return cluster;
    }

    String keycloakOrigin() {
        return "http://127.0.0.1:" + KEYCLOAK_PORT;
    }

    /** The application's origin, such as {@code http://127.0.0.1:28080}. */
    String origin() {
        return origin;
    }

    /** The application's API, ending in a slash. */
    String api() {
        return api;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), DevPostgres.USER, DevPostgres.PASSWORD);
    }

    /** A real access token of a demo user, from Keycloak's password grant. */
    String token(String username) throws Exception {
        String form = "grant_type=password&client_id=qorgau-cli&username=" + username + "&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    /** The benchmarks' region, generated with their seed for today; returns the line that says what it holds. */
    static String generateRegion(Connection db, int students) throws SQLException {
        db.setAutoCommit(false);
        GenerationSummary summary = RegionGenerator.generate(db,
                RegionSpec.region(REGION, students, SEED, LocalDate.now(KAZAKHSTAN)),
                NoteCipher.of(DevWildFly.DEMO_NOTE_KEYS));
        db.commit();
        db.setAutoCommit(true);
        return String.format("Generated region %d: %,d students, %,d signal records in %.1f s (seed %d)", REGION,
                summary.students(), summary.signals(), summary.took().toMillis() / 1000.0, SEED);
    }

    /**
     * The whole country, one region after another, each in a transaction of its own; returns the lines that say
     * what it holds, how long it took and how large the database became.
     */
    /** The country's regions, or a share of each ({@code -Dbench.country.share}, for a quick run of the same steps). */
    static List<RegionSpec> country() {
        return Country.regions(SEED, LocalDate.now(KAZAKHSTAN),
                Double.parseDouble(System.getProperty("bench.country.share", "1")));
    }

    static String generateCountry(Connection db) throws SQLException {
        db.setAutoCommit(false);
        long began = System.nanoTime();
        long students = 0;
        long signals = 0;
        List<RegionSpec> regions = country();
        for (RegionSpec region : regions) {
            GenerationSummary summary = RegionGenerator.generate(db, region, NoteCipher.of(DevWildFly.DEMO_NOTE_KEYS));
            db.commit();
            students += summary.students();
            signals += summary.signals();
            System.out.printf("generated region %d: %,d students, %,d signal records in %.1f s%n",
                    summary.regionId(), summary.students(), summary.signals(), summary.took().toMillis() / 1000.0);
        }
        db.setAutoCommit(true);
        double seconds = (System.nanoTime() - began) / 1e9;
        long bytes;
        try (Statement size = db.createStatement();
             ResultSet row = size.executeQuery("select pg_database_size(current_database())")) {
            row.next();
            bytes = row.getLong(1);
        }
        return String.format("Generated the country, %d regions: %,d students, %,d signal records in %.1f s (seed %d);"
                + " database %.1f GB", regions.size(), students, signals, seconds, SEED, bytes / 1e9);
    }

    private synchronized <T extends AutoCloseable> T keep(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("could not stop: " + e.getMessage());
            }
        }
    }
}
