package kz.qorgau.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server whose binaries come from Maven, on a loopback port, with an empty database and owner
 * for Qorgau. Its data directory is wiped on start: the demo loader rebuilds the demo world each time.
 */
public final class DevPostgres implements AutoCloseable {

    public static final String DATABASE = "qorgau";
    public static final String USER = "qorgau";
    public static final String PASSWORD = "qorgau";

    private final EmbeddedPostgres postgres;
    private final int port;

    private DevPostgres(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static DevPostgres start(int port, Path dataDirectory) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + USER + " login password '" + PASSWORD + "'");
            s.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("could not create the qorgau database", e);
        }
        return new DevPostgres(postgres, port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
