package kz.qorgau.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak in development mode from its unpacked Maven distribution, with realm {@code qorgau} imported from the
 * keycloak-realm module. The issuer is pinned to the loopback URL, so that tokens fetched through
 * {@code localhost} or {@code 127.0.0.1} alike are accepted by the server. Every start imports the realm afresh, so
 * the demo logins are always those of {@code keycloak-realm/qorgau-realm.json}, and installs the realm's login theme
 * {@code qorgau} ({@code keycloak-realm/themes/qorgau}) into the distribution's {@code themes/} directory, where
 * Keycloak reads it without the rebuild that a theme jar in {@code providers/} would cost at the next start.
 */
public final class DevKeycloak implements AutoCloseable {

    public static final String REALM = "qorgau";
    private static final String REALM_RESOURCE = "/keycloak/qorgau-realm.json";
    static final String THEME = "qorgau";
    private static final String THEME_RESOURCE = "/keycloak/themes/" + THEME;

    private final Process process;
    private final int port;

    private DevKeycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static DevKeycloak start(Path home, int port, int managementPort, Path log) throws IOException {
        // Keycloak skips the import of a realm it already has: start from an empty store so the realm file wins.
        DevWildFly.deleteTree(home.resolve("data/h2"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (InputStream realm = DevKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IOException(REALM_RESOURCE + " is not on the class path");
            }
            Files.copy(realm, imports.resolve("qorgau-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        installTheme(home.resolve("themes").resolve(THEME));
        String url = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(),
                "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=" + url))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        DevKeycloak keycloak = new DevKeycloak(builder.start(), port);
        try {
            Readiness.awaitHttp200("Keycloak (log: " + log + ")", keycloak.issuer() + "/.well-known/openid-configuration",
                    keycloak.process, Duration.ofMinutes(Long.getLong("qorgau.start.minutes", 4)));
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    /** The theme as the keycloak-realm module carries it, a directory or a jar's, copied afresh over what was there. */
    static void installTheme(Path target) throws IOException {
        URL marker = DevKeycloak.class.getResource(THEME_RESOURCE + "/login/theme.properties");
        if (marker == null) {
            throw new IOException(THEME_RESOURCE + " is not on the class path");
        }
        DevWildFly.deleteTree(target);
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean opened = false;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                try {
                    copyTree(jar.getPath(THEME_RESOURCE), target);
                } finally {
                    if (opened) {
                        jar.close();
                    }
                }
            } else {
                copyTree(Path.of(uri).getParent().getParent(), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        Readiness.stop(process, Duration.ofSeconds(20));
    }
}
