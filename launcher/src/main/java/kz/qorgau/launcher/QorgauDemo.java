package kz.qorgau.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn -Pdemo package}: the whole system with demo data on fixed loopback ports, until Ctrl-C stops it all.
 */
public final class QorgauDemo {

    static final int POSTGRES_PORT = 55432;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    /** The server's default QORGAU_SMTP_PORT. */
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;

    private final Started started = new Started();

    public static void main(String[] args) throws Exception {
        new QorgauDemo().run();
    }

    private void run() throws Exception {
        Path work = Path.of(Started.required("qorgau.work"));
        Files.createDirectories(work);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.stopAll();
            stopped.countDown();
        }, "qorgau-demo-stop"));

        long begin = System.nanoTime();
        try {
            say("Starting PostgreSQL on 127.0.0.1:" + POSTGRES_PORT + " ...");
            DevPostgres postgres = started.keep(DevPostgres.start(POSTGRES_PORT, work.resolve("postgres")));

            say("Starting the mail server (GreenMail) on 127.0.0.1:" + SMTP_PORT + " (SMTP) and " + IMAP_PORT
                    + " (IMAP) ...");
            started.keep(DevMail.start(SMTP_PORT, IMAP_PORT));

            say("Starting Keycloak on 127.0.0.1:" + KEYCLOAK_PORT + " and WildFly on 127.0.0.1:8080 ...");
            Path keycloakHome = Path.of(Started.required("qorgau.keycloak.home"));
            CompletableFuture<DevKeycloak> keycloak = CompletableFuture.supplyAsync(() -> started.keep(
                    Started.unchecked(() -> DevKeycloak.start(keycloakHome, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT,
                            work.resolve("keycloak.log")))));
            String issuer = "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/" + DevKeycloak.REALM;
            DevWildFly wildfly = started.keep(DevWildFly.start(Path.of(Started.required("qorgau.jboss.home")),
                    work.resolve("wildfly"), Path.of(Started.required("qorgau.ear")), 0,
                    environment(postgres, issuer), work.resolve("wildfly-console.log")));
            keycloak.join();
            banner(wildfly, issuer, work, (System.nanoTime() - begin) / 1_000_000_000);
        } catch (RuntimeException e) {
            say("Start-up failed: " + e.getMessage());
            started.stopAll();
            throw e;
        }
        stopped.await();
    }

    /** What the demo's servers are given, alone or in a cluster: the embedded database, Keycloak, the demo's data. */
    static Map<String, String> environment(DevPostgres postgres, String issuer) {
        return Map.of("DB_URL", postgres.jdbcUrl(), "DB_USER", DevPostgres.APPLICATION_USER,
                "DB_PASSWORD", DevPostgres.APPLICATION_PASSWORD, "DB_OWNER_USER", DevPostgres.USER,
                "DB_OWNER_PASSWORD", DevPostgres.PASSWORD, "QORGAU_NOTE_KEYS", DevWildFly.DEMO_NOTE_KEYS,
                "OIDC_PROVIDER_URL", issuer, "QORGAU_DEMO_DATA", "true", "QORGAU_DEMO_STUDENTS", "2000");
    }

    private static void banner(DevWildFly wildfly, String issuer, Path work, long seconds) {
        say("""

                Qorgau is running (started in %d s). Ctrl-C stops everything.

                  REST API     %s/api            (bearer tokens from Keycloak)
                  Keycloak     %s   (admin console: http://127.0.0.1:%d/admin, admin / admin)
                  PostgreSQL   jdbc:postgresql://127.0.0.1:%d/qorgau   (owner qorgau / qorgau, server qorgau_app)
                  WildFly mgmt http://127.0.0.1:%d/health/ready
                  Mail         imap://127.0.0.1:%d   (GreenMail; log in with the address as login and password,
                               e.g. psychologist1@demo.qorgau.kz; SMTP on 127.0.0.1:%d)
                  Logs         %s

                Demo logins (password: demo)
                  psychologist1, socped1, director1   school A (1001)
                  psychologist2                       school B (1002)
                  inspector1                          school A, district 7502
                  coordinator1                        region 75 (Almaty)
                  operator1 (hotline-operator)        region 75 (Almaty trust line)
                  ombudsman1, admin1                  national
                  ombudsman2                          region 19 (Almaty Region)

                Try it:
                  TOKEN=$(curl -s %s/protocol/openid-connect/token -d grant_type=password \\
                      -d client_id=qorgau-cli -d username=psychologist1 -d password=demo | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/cases
                """.formatted(seconds, wildfly.applicationUrl(), issuer, KEYCLOAK_PORT, POSTGRES_PORT,
                wildfly.managementPort(), IMAP_PORT, SMTP_PORT, work, issuer, wildfly.applicationUrl()));
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
