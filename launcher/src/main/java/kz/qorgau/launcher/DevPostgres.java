package kz.qorgau.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server whose binaries come from Maven, on a loopback port, with an empty database for Qorgau and
 * its two roles, set up as docs/DEPLOYMENT.md tells an operator to: the owner, which migrates, and the application
 * role, which the server works as. Its data directory is wiped on start: the demo loader rebuilds the demo world each
 * time.
 * <p>
 * The run command's database is {@link Durability#DURABLE}: the embedded library's defaults (fsync and
 * synchronous_commit off) lose writes already answered when PostgreSQL crashes. Only the tests and the benchmark,
 * whose databases are thrown away, may ask for {@link Durability#FAST}.
 */
public final class DevPostgres implements AutoCloseable {

    public static final String DATABASE = "qorgau";
    /** The schema's owner (DB_OWNER_USER). */
    public static final String USER = "qorgau";
    public static final String PASSWORD = "qorgau";
    /** The role the server works as (DB_USER). */
    public static final String APPLICATION_USER = "qorgau_app";
    public static final String APPLICATION_PASSWORD = "qorgau_app";

    private final EmbeddedPostgres postgres;
    private final int port;

    private DevPostgres(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Whether a commit the server answered survives a crash of PostgreSQL or of the machine. */
    public enum Durability {
        /** fsync, synchronous_commit and full_page_writes on, as in production. */
        DURABLE("on"),
        /** All three off: a crash may lose the last commits, or corrupt the data directory. */
        FAST("off");

        private final String setting;

        Durability(String setting) {
            this.setting = setting;
        }
    }

    public static DevPostgres start(int port, Path dataDirectory) throws IOException {
        return start(port, dataDirectory, Durability.DURABLE);
    }

    public static DevPostgres start(int port, Path dataDirectory, Durability durability) throws IOException {
        // The library starts the postmaster with -F (fsync off) and synchronous_commit=off; these settings come later
        // on its command line and so win.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", durability.setting)
                .setServerConfig("synchronous_commit", durability.setting)
                .setServerConfig("full_page_writes", durability.setting)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + USER + " login password '" + PASSWORD + "'");
            s.execute("create role " + APPLICATION_USER + " login password '" + APPLICATION_PASSWORD + "'");
            s.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
            try (Connection q = postgres.getDatabase("postgres", DATABASE).getConnection();
                 Statement inQorgau = q.createStatement()) {
                inQorgau.execute("alter schema public owner to " + USER);
                inQorgau.execute("revoke create on schema public from public");
                inQorgau.execute("create schema authorization " + APPLICATION_USER);
            }
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("could not create the qorgau database", e);
        }
        return new DevPostgres(postgres, port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The value of a server setting, as {@code SHOW} gives it. */
    public String setting(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var result = s.executeQuery("select current_setting('" + name.replace("'", "") + "')")) {
            result.next();
            return result.getString(1);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
