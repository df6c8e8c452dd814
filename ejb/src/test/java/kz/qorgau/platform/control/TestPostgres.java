package kz.qorgau.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * A real PostgreSQL for the tests of what depends on PostgreSQL itself (a migration that rewrites data, row locks
 * between the transactions of two servers), with databases brought to a version by the server's own migrations.
 */
public final class TestPostgres implements AutoCloseable {

    public static final NoteCipher NOTES = NoteCipher.of("test:" + Base64.getEncoder()
            .encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));

    private final EmbeddedPostgres postgres;

    public TestPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role qorgau_owner login password 'o'");
            s.execute("create role qorgau_app login password 'a'");
        }
    }

    /** A new, empty database owned by the role the migrations run as. */
    public DataSource database(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " owner qorgau_owner encoding 'UTF8'");
        }
        return postgres.getDatabase("qorgau_owner", name);
    }

    /** The server's migrations on the database, up to the target version, or all of them without one. */
    public static Flyway flyway(DataSource database, String target) {
        FluentConfiguration configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .placeholders(Map.of("application_role", "qorgau_app"))
                .javaMigrations(new NoteEncryptionMigration(NOTES), new GarbledTextRepair(NOTES));
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** JPA over the database for these entities alone, named as the server names them, in local transactions. */
    public static EntityManagerFactory entityManagers(DataSource database, Class<?>... entities) {
        Configuration configuration = new Configuration()
                .setProperty(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                        CamelCaseToUnderscoresNamingStrategy.class.getName())
                .setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        configuration.getProperties().put(AvailableSettings.DATASOURCE, database);
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return configuration.buildSessionFactory();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
