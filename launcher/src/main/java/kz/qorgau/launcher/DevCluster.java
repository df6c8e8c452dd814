package kz.qorgau.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WildFly's own clustering on one machine: a load balancer (Undertow's mod_cluster balancer,
 * {@code standalone-load-balancer.xml}) and nodes of the HA profile ({@code standalone-ha.xml}), all from the
 * installation of the server module, each at a port offset of its own. The nodes find each other over JGroups TCP on
 * loopback (TCPPING with the list of their ports) and register with the balancer on its MCMP port; they share the
 * database, the identity provider and the directory of background reports.
 */
public final class DevCluster implements AutoCloseable {

    /** JGroups' TCP port of a node before its offset (socket binding {@code jgroups-tcp}). */
    static final int JGROUPS_PORT = 7600;
    /** The balancer's MCMP port before its offset (socket binding {@code mcmp-management}). */
    static final int MCMP_PORT = 8090;

    private final DevWildFly balancer;
    private final List<DevWildFly> nodes;

    private DevCluster(DevWildFly balancer, List<DevWildFly> nodes) {
        this.balancer = balancer;
        this.nodes = nodes;
    }

    /**
     * Starts the balancer, then the nodes one after the other (the first migrates the schema and loads the demo
     * data, which the others then find done), and waits until the balancer forwards to the first node. The
     * environment is every node's; the reports' directory is added, shared under {@code work}.
     */
    public static DevCluster start(Path jbossHome, Path ear, Path work, int balancerOffset, List<Integer> nodeOffsets,
                                   Map<String, String> environment) throws IOException {
        Files.createDirectories(work);
        DevWildFly balancer = DevWildFly.startBalancer(jbossHome, work.resolve("balancer"), balancerOffset,
                work.resolve("balancer-console.log"));
        List<DevWildFly> nodes = new ArrayList<>();
        try {
            String peers = nodeOffsets.stream().map(offset -> "127.0.0.1[" + (JGROUPS_PORT + offset) + "]")
                    .collect(Collectors.joining(","));
            Map<String, String> shared = new HashMap<>(environment);
            shared.put("QORGAU_REPORT_DIR", work.resolve("reports").toString());
            for (int i = 0; i < nodeOffsets.size(); i++) {
                String name = nodeName(i);
                nodes.add(DevWildFly.start(jbossHome, work.resolve(name), ear, nodeOffsets.get(i), shared,
                        work.resolve(name + "-console.log"), "standalone-ha.xml",
                        List.of("-Djboss.node.name=" + name, "-Dqorgau.cluster.hosts=" + peers,
                                "-Dqorgau.balancer.port=" + (MCMP_PORT + balancerOffset))));
                if (i == 0) {
                    awaitForwarding(balancer);
                }
            }
        } catch (IOException | RuntimeException e) {
            nodes.forEach(DevWildFly::close);
            balancer.close();
            throw e;
        }
        return new DevCluster(balancer, List.copyOf(nodes));
    }

    /** The name of the i-th node (from 0): {@code node1}, {@code node2}, ...; its {@code jboss.node.name}. */
    public static String nodeName(int index) {
        return "node" + (index + 1);
    }

    /** The balancer answers for a node once that node registered its deployment: the pages send a guest to log in. */
    private static void awaitForwarding(DevWildFly balancer) {
        // HTTP/1.1 as a browser on plain http speaks it: the JDK client's upgrade to HTTP/2 gets no answer through the
        // balancer.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        // As a browser asks for a page: without text/html the pages answer 401 instead of sending to the login.
        HttpRequest request = HttpRequest.newBuilder(URI.create(balancer.applicationUrl() + "/ui/inbox.xhtml"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build();
        Readiness.await("the load balancer forwarding to the nodes", balancer.process(), DevWildFly.patience(), () -> {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 302;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    public DevWildFly balancer() {
        return balancer;
    }

    public List<DevWildFly> nodes() {
        return nodes;
    }

    /** Where people open Qorgau: the balancer. */
    public String applicationUrl() {
        return balancer.applicationUrl();
    }

    @Override
    public void close() {
        nodes.forEach(DevWildFly::close);
        balancer.close();
    }
}
