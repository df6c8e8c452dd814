package kz.qorgau.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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

    /**
     * A migrated database with region 990, its district 99001 and {@code schools} schools numbered from 9900101, named
     * in Kazakh, Russian and English, for a test of what a jurisdiction reads.
     */
    public DataSource migratedWithSchools(String name, int schools) throws SQLException {
        DataSource database = database(name);
        flyway(database, null).migrate();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into region values (990, 'Облыс', 'Область', 'Region')");
            s.execute("insert into district values (99001, 990, 'Аудан', 'Район', 'District')");
            s.execute("""
                    insert into school (id, district_id, kind, name_kk, name_ru, name_en)
                    select 9900100 + n, 99001, 'SCHOOL', 'Мектеп', 'Школа', 'School'
                    from generate_series(1, %d) n""".formatted(schools));
        }
        return database;
    }

    /** Region 991 beside {@link #migratedWithSchools}'s, with district 99101 and school 9910101: what a scope leaves out. */
    public static void addOtherRegion(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into region values (991, 'Басқа облыс', 'Другая область', 'Other region')");
            s.execute("insert into district values (99101, 991, 'Аудан', 'Район', 'District')");
            s.execute("insert into school (id, district_id, kind, name_kk, name_ru, name_en)"
                    + " values (9910101, 99101, 'SCHOOL', 'Мектеп', 'Школа', 'School')");
        }
    }

    /**
     * How the statements prepared on the server over this connection were planned so far: runs with one plan for any
     * values, then runs planned for their values.
     */
    public static long[] plansRun(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0) from pg_prepared_statements")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** Runs the work in a transaction of its own, rolled back after it: a test that reads leaves the data as it was. */
    public static void inRolledBackTransaction(EntityManagerFactory entityManagers, Consumer<EntityManager> work) {
        fromRolledBackTransaction(entityManagers, em -> {
            work.accept(em);
            return null;
        });
    }

    /** As {@link #inRolledBackTransaction}, returning what the work found. */
    public static <T> T fromRolledBackTransaction(EntityManagerFactory entityManagers, Function<EntityManager, T> work) {
        EntityManager em = entityManagers.createEntityManager();
        em.getTransaction().begin();
        try {
            return work.apply(em);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
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
        return build(configuration, database, entities);
    }

    /**
     * JPA over the database as the server has it, in local transactions: every entity, embeddable and converter of
     * Qorgau, with the properties of the server's persistence unit (batch fetching among them), and statistics on.
     */
    public static EntityManagerFactory serverEntityManagers(DataSource database) throws Exception {
        Configuration configuration = new Configuration().setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
        try (InputStream xml = TestPostgres.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                configuration.setProperty(property.getAttribute("name"), property.getAttribute("value"));
            }
        }
        Class<?>[] mapped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.qorgau").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                        || c.isAnnotatedWith(MappedSuperclass.class) || c.isAnnotatedWith(Converter.class))
                .map(JavaClass::reflect)
                .toArray(Class<?>[]::new);
        return build(configuration, database, mapped);
    }

    private static EntityManagerFactory build(Configuration configuration, DataSource database,
                                              Class<?>... entities) {
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
