package kz.qorgau.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 22: encrypts the notes and addenda written in clear before notes were encrypted, as the schema's owner
 * (V21 lets only the owner replace a note, and only with an encryption), then validates V21's constraints, so that
 * from here on the database holds no note in clear. On a database without such notes it only validates.
 */
public class NoteEncryptionMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(NoteEncryptionMigration.class.getName());
    private static final int BATCH = 1_000;

    private final NoteCipher cipher;

    public NoteEncryptionMigration(NoteCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22");
    }

    @Override
    public String getDescription() {
        return "encrypt notes written in clear";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long notes = encrypt(connection, "psychologist_session", "confidential_note");
        long addenda = encrypt(connection, "session_addendum", "text");
        try (Statement validate = connection.createStatement()) {
            validate.execute("alter table psychologist_session"
                    + " validate constraint psychologist_session_note_encrypted");
            validate.execute("alter table session_addendum validate constraint session_addendum_text_encrypted");
        }
        LOG.info(() -> "Encrypted " + notes + " notes and " + addenda + " addenda written in clear, under key "
                + cipher.currentKeyId());
    }

    /** Every value of the column not yet in sealed form, in batches by id; returns how many. */
    private long encrypt(Connection connection, String table, String column) throws SQLException {
        long done = 0;
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = connection.prepareStatement("select id, " + column + " from " + table
                + " where id > ? and " + column + " !~ ? order by id limit " + BATCH);
             PreparedStatement write = connection.prepareStatement(
                     "update " + table + " set " + column + " = ? where id = ?")) {
            int found;
            do {
                read.setLong(1, after);
                read.setString(2, NoteCipher.SEALED_PATTERN);
                found = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        write.setString(1, cipher.seal(rows.getString(2)));
                        write.setLong(2, after);
                        write.addBatch();
                        found++;
                    }
                }
                write.executeBatch();
                done += found;
            } while (found == BATCH);
        }
        return done;
    }
}
