package kz.qorgau.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import kz.qorgau.launcher.DevKeycloak;
import kz.qorgau.launcher.DevMail;
import kz.qorgau.launcher.DevPostgres;
import kz.qorgau.launcher.DevWildFly;

/**
 * Starts the real PostgreSQL, the real Keycloak and a real SMTP and IMAP server (GreenMail) once for the whole test run, on the tests' own loopback ports,
 * and prepares the base directory of the WildFly that Arquillian then starts. Everything stops when the run ends.
 */
public class TestStack implements LauncherSessionListener {

    private DevPostgres postgres;
    /** Static, so that a fault test ({@link FaultsIT}) can stop it and start it again for the classes after it. */
    private static DevKeycloak keycloak;
    /** Static, so that a test can read what it received, and stop it as an outage of the mail server. */
    private static DevMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Path work = Path.of(System.getProperty("it.work"));
            Files.createDirectories(work);
            // The tests' database is thrown away after the run: fsync and synchronous_commit off, for speed only.
            postgres = DevPostgres.start(Integer.getInteger("it.postgres.port"), work.resolve("postgres"),
                    DevPostgres.Durability.FAST);
            startKeycloak();
            startMail();
            DevWildFly.prepareBaseDirectory(Path.of(System.getProperty("it.jboss.home")), work.resolve("wildfly"));
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("could not start the test stack: " + e.getMessage(), e);
        }
    }

    /** Starts the shared Keycloak, with the realm imported afresh (and so with new signing keys). */
    static synchronized void startKeycloak() throws IOException {
        Path work = Path.of(System.getProperty("it.work"));
        keycloak = DevKeycloak.start(Path.of(System.getProperty("it.keycloak.home")),
                Integer.getInteger("it.keycloak.port"), Integer.getInteger("it.keycloak.management.port"),
                work.resolve("keycloak.log"));
        Api.forgetTokens();
    }

    /** Stops the shared Keycloak, as an outage of the identity provider. */
    static synchronized void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }

    /** Starts the mail server the application sends to (QORGAU_SMTP_PORT); it starts empty. */
    static synchronized void startMail() {
        mail = DevMail.start(Integer.getInteger("it.smtp.port"), Integer.getInteger("it.imap.port"));
    }

    /** Stops the mail server, as an outage: the application must keep its mail and try again. */
    static synchronized void stopMail() {
        if (mail != null) {
            mail.close();
            mail = null;
        }
    }

    /** The running mail server, for a test to read what it received. */
    static synchronized DevMail mail() {
        if (mail == null) {
            throw new IllegalStateException("the mail server is not running");
        }
        return mail;
    }

    /** The shared Keycloak's JVM (not the start script), for a fault test to hang with SIGSTOP. */
    static ProcessHandle keycloakJvm() {
        String port = "--http-port=" + Integer.getInteger("it.keycloak.port");
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java")
                        && p.info().commandLine().orElse("").contains(port))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Keycloak JVM among this JVM's children"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopKeycloak();
        stopMail();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("could not stop PostgreSQL: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
