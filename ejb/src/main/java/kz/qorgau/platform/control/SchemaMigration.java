package kz.qorgau.platform.control;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest migration before anything else runs, as the schema's owner (QorgauOwnerDS). The
 * application never creates or alters a table any other way, and works through QorgauDS as a role of its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/QorgauOwnerDS")
    DataSource owner;

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource application;

    /** Without note keys the server stops here (sessions.control.NoteKeys), before it could store a note in clear. */
    @Inject
    NoteCipher notes;

    @PostConstruct
    void migrate() {
        DatabaseRoles roles = DatabaseRoles.of(owner, application);
        roles.requireSeparate();
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                // The grants of V19 and later name the role the server works as.
                .placeholders(Map.of("application_role", roles.application()))
                .javaMigrations(new NoteEncryptionMigration(notes), new GarbledTextRepair(notes))
                .load()
                .migrate();
        roles.requireAppendOnlyAudit();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now); the server works as " + roles.application());
    }
}
