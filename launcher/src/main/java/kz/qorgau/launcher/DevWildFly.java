package kz.qorgau.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The configured WildFly of the server module, run with a base directory of its own (configuration, data, logs,
 * deployments), so that the demo and the tests can share one installation and still run side by side.
 */
public final class DevWildFly implements AutoCloseable {

    /**
     * The note key (QORGAU_NOTE_KEYS) of the demo and the benchmarks: their databases live only as long as they run,
     * and a key in the source code is fit for nothing else.
     */
    public static final String DEMO_NOTE_KEYS = "demo-2026:pqKV0LMLgUqs1sXnFIgK/M9HSliXl6HMZ19fdOhXZPo=";

    private final Process process;
    private final int portOffset;

    private DevWildFly(Process process, int portOffset) {
        this.process = process;
        this.portOffset = portOffset;
    }

    /** Starts the server with the EAR deployed and waits until the deployment is up. */
    public static DevWildFly start(Path jbossHome, Path baseDirectory, Path ear, int portOffset,
                                   Map<String, String> environment, Path consoleLog) throws IOException {
        return start(jbossHome, baseDirectory, ear, portOffset, environment, consoleLog, "standalone.xml", List.of());
    }

    /**
     * Starts the server in the given configuration (a cluster node: {@code standalone-ha.xml}), with extra Java
     * options such as its node name, and waits until the deployment is up.
     */
    public static DevWildFly start(Path jbossHome, Path baseDirectory, Path ear, int portOffset,
                                   Map<String, String> environment, Path consoleLog, String serverConfiguration,
                                   List<String> javaOptions) throws IOException {
        prepareBaseDirectory(jbossHome, baseDirectory);
        Files.copy(ear, baseDirectory.resolve("deployments").resolve(ear.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        Process process = launch(jbossHome, baseDirectory, portOffset, environment, consoleLog, serverConfiguration,
                javaOptions, "-Xmx1g");
        DevWildFly wildfly = new DevWildFly(process, portOffset);
        try {
            Readiness.await("WildFly (log: " + baseDirectory.resolve("log/server.log") + ")", process,
                    patience(), () -> Files.exists(marker(baseDirectory, ear, ".deployed"))
                            || Files.exists(marker(baseDirectory, ear, ".failed")));
            if (Files.exists(marker(baseDirectory, ear, ".failed"))) {
                throw new IllegalStateException("the deployment failed; see " + baseDirectory.resolve("log/server.log"));
            }
        } catch (RuntimeException e) {
            wildfly.close();
            throw e;
        }
        return wildfly;
    }

    /**
     * Starts a load balancer from the same installation ({@code standalone-load-balancer.xml}: Undertow's mod_cluster
     * balancer, which the nodes register with on its MCMP port, 8090 plus the offset) and waits until it listens.
     */
    public static DevWildFly startBalancer(Path jbossHome, Path baseDirectory, int portOffset, Path consoleLog)
            throws IOException {
        prepareBaseDirectory(jbossHome, baseDirectory);
        Process process = launch(jbossHome, baseDirectory, portOffset, Map.of(), consoleLog,
                "standalone-load-balancer.xml", List.of(), "-Xmx256m");
        DevWildFly balancer = new DevWildFly(process, portOffset);
        try {
            Readiness.await("the load balancer (log: " + baseDirectory.resolve("log/server.log") + ")", process,
                    patience(), () -> listens(8080 + portOffset) && listens(8090 + portOffset));
        } catch (RuntimeException e) {
            balancer.close();
            throw e;
        }
        return balancer;
    }

    private static Process launch(Path jbossHome, Path baseDirectory, int portOffset, Map<String, String> environment,
                                  Path consoleLog, String serverConfiguration, List<String> javaOptions,
                                  String heap) throws IOException {
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(jbossHome)
                .setJavaHome(System.getProperty("java.home"))
                .setBaseDirectory(baseDirectory)
                .setServerConfiguration(serverConfiguration)
                .setBindAddressHint("127.0.0.1")
                .setBindAddressHint("management", "127.0.0.1")
                .addJavaOptions("-Xms256m", heap, "-Djboss.socket.binding.port-offset=" + portOffset)
                .addJavaOptions(javaOptions);
        return Launcher.of(command)
                .addEnvironmentVariables(environment)
                .setRedirectErrorStream(true)
                .redirectOutput(consoleLog)
                .launch();
    }

    /** Longer with -Dqorgau.start.minutes (Keycloak's too) where other builds keep a shared machine busy. */
    static Duration patience() {
        return Duration.ofMinutes(Long.getLong("qorgau.start.minutes", 4));
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path marker(Path baseDirectory, Path ear, String suffix) {
        return baseDirectory.resolve("deployments").resolve(ear.getFileName() + suffix);
    }

    /** A fresh copy of the installation's configuration each start; the previous run's deployment markers go. */
    public static void prepareBaseDirectory(Path jbossHome, Path baseDirectory) throws IOException {
        Path configuration = baseDirectory.resolve("configuration");
        deleteTree(configuration);
        deleteTree(baseDirectory.resolve("deployments"));
        deleteTree(baseDirectory.resolve("tmp"));
        copyTree(jbossHome.resolve("standalone/configuration"), configuration);
        Files.createDirectories(baseDirectory.resolve("deployments"));
    }

    public String applicationUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    /** The server's JVM killed outright (SIGKILL), as a machine lost: no shutdown, nothing handed over. */
    public void kill() {
        process.toHandle().destroyForcibly();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        Readiness.stop(process, Duration.ofSeconds(30));
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
