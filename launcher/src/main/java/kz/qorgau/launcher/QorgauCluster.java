package kz.qorgau.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn -Pcluster package}: the demo as a cluster, until Ctrl-C stops it all. The same PostgreSQL, Keycloak and
 * mail server as {@link QorgauDemo}, and instead of one WildFly a load balancer at 127.0.0.1:8080 (where the realm
 * expects the pages) in front of two nodes of the HA profile at port offsets 1000 and 2000.
 */
public final class QorgauCluster {

    static final int BALANCER_OFFSET = 0;
    static final List<Integer> NODE_OFFSETS = List.of(1000, 2000);

    private final Started started = new Started();

    public static void main(String[] args) throws Exception {
        new QorgauCluster().run();
    }

    private void run() throws Exception {
        Path work = Path.of(Started.required("qorgau.work"));
        Files.createDirectories(work);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.stopAll();
            stopped.countDown();
        }, "qorgau-cluster-stop"));

        long begin = System.nanoTime();
        try {
            say("Starting PostgreSQL on 127.0.0.1:" + QorgauDemo.POSTGRES_PORT + " ...");
            DevPostgres postgres = started.keep(DevPostgres.start(QorgauDemo.POSTGRES_PORT, work.resolve("postgres")));

            say("Starting the mail server (GreenMail) on 127.0.0.1:" + QorgauDemo.SMTP_PORT + " (SMTP) and "
                    + QorgauDemo.IMAP_PORT + " (IMAP) ...");
            started.keep(DevMail.start(QorgauDemo.SMTP_PORT, QorgauDemo.IMAP_PORT));

            say("Starting Keycloak on 127.0.0.1:" + QorgauDemo.KEYCLOAK_PORT
                    + ", the load balancer on 127.0.0.1:8080, then node1 and node2 ...");
            Path keycloakHome = Path.of(Started.required("qorgau.keycloak.home"));
            CompletableFuture<DevKeycloak> keycloak = CompletableFuture.supplyAsync(() -> started.keep(
                    Started.unchecked(() -> DevKeycloak.start(keycloakHome, QorgauDemo.KEYCLOAK_PORT,
                            QorgauDemo.KEYCLOAK_MANAGEMENT_PORT, work.resolve("keycloak.log")))));
            String issuer = "http://127.0.0.1:" + QorgauDemo.KEYCLOAK_PORT + "/realms/" + DevKeycloak.REALM;
            DevCluster cluster = started.keep(DevCluster.start(Path.of(Started.required("qorgau.jboss.home")),
                    Path.of(Started.required("qorgau.ear")), work.resolve("cluster"), BALANCER_OFFSET, NODE_OFFSETS,
                    QorgauDemo.environment(postgres, issuer)));
            keycloak.join();
            banner(cluster, issuer, work, (System.nanoTime() - begin) / 1_000_000_000);
        } catch (RuntimeException e) {
            say("Start-up failed: " + e.getMessage());
            started.stopAll();
            throw e;
        }
        stopped.await();
    }

    private static void banner(DevCluster cluster, String issuer, Path work, long seconds) {
        DevWildFly node1 = cluster.nodes().get(0);
        DevWildFly node2 = cluster.nodes().get(1);
        say("""

                Qorgau is running as a cluster (started in %d s). Ctrl-C stops everything.

                  Pages, API   %s   (the load balancer: sticky sessions, failover to the other node)
                  node1        %s   (management http://127.0.0.1:%d/health/ready)
                  node2        %s   (management http://127.0.0.1:%d/health/ready)
                  Keycloak     %s   (admin console: http://127.0.0.1:%d/admin, admin / admin)
                  PostgreSQL   jdbc:postgresql://127.0.0.1:%d/qorgau   (owner qorgau / qorgau, server qorgau_app)
                  Mail         imap://127.0.0.1:%d   (GreenMail; SMTP on 127.0.0.1:%d)
                  Logs         %s

                Demo logins as in mvn -Pdemo package (password: demo). Stop a node to see the other carry on:
                  kill -9 <the pid of node1's java: ps aux | grep jboss.node.name=node1>
                """.formatted(seconds, cluster.applicationUrl(), node1.applicationUrl(), node1.managementPort(),
                node2.applicationUrl(), node2.managementPort(), issuer, QorgauDemo.KEYCLOAK_PORT,
                QorgauDemo.POSTGRES_PORT, QorgauDemo.IMAP_PORT, QorgauDemo.SMTP_PORT, work));
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
