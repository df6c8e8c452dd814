package kz.qorgau.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
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
        prepareBaseDirectory(jbossHome, baseDirectory);
        Files.copy(ear, baseDirectory.resolve("deployments").resolve(ear.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(jbossHome)
                .setJavaHome(System.getProperty("java.home"))
                .setBaseDirectory(baseDirectory)
                .setServerConfiguration("standalone.xml")
                .setBindAddressHint("127.0.0.1")
                .setBindAddressHint("management", "127.0.0.1")
                .addJavaOptions("-Xms256m", "-Xmx1g", "-Djboss.socket.binding.port-offset=" + portOffset);
        Process process = Launcher.of(command)
                .addEnvironmentVariables(environment)
                .setRedirectErrorStream(true)
                .redirectOutput(consoleLog)
                .launch();
        DevWildFly wildfly = new DevWildFly(process, portOffset);
        try {
            // Longer with -Dqorgau.start.minutes (Keycloak's too) where other builds keep a shared machine busy.
            Duration patience = Duration.ofMinutes(Long.getLong("qorgau.start.minutes", 4));
            Readiness.await("WildFly (log: " + baseDirectory.resolve("log/server.log") + ")", process,
                    patience, () -> Files.exists(marker(baseDirectory, ear, ".deployed"))
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
