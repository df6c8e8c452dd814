package kz.qorgau.sessions.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import kz.qorgau.platform.control.NoteCipher;

/**
 * Key rotation (docs/DEPLOYMENT.md, "Confidential notes at rest"): with a new key put in front of QORGAU_NOTE_KEYS, the
 * notes and addenda still encrypted under older keys are re-encrypted under the new one after start-up, as the schema's
 * owner (the only role the database lets replace a note) and in batches of their own, while every key still decrypts.
 * Refuses to start while some note is encrypted under a key the configuration no longer holds, which would make it
 * unreadable.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class NoteKeyRotation {

    private static final Logger LOG = Logger.getLogger(NoteKeyRotation.class.getName());
    private static final int BATCH = 500;
    /** The tables and columns of sealed text. */
    private static final Map<String, String> SEALED_COLUMNS = Map.of(
            "psychologist_session", "confidential_note", "session_addendum", "text");

    @Resource(lookup = "java:jboss/datasources/QorgauOwnerDS")
    DataSource owner;

    @Resource
    ManagedExecutorService executor;

    @Inject
    NoteCipher cipher;

    private Future<?> reencryption;

    @PostConstruct
    void start() {
        Map<String, Long> inUse = keysInUse();
        requireKnown(inUse.keySet(), cipher);
        inUse.remove(cipher.currentKeyId());
        if (!inUse.isEmpty()) {
            LOG.info(() -> "Re-encrypting notes under key " + cipher.currentKeyId() + " in the background: " + inUse);
            reencryption = executor.submit(this::reencryptAll);
        }
    }

    /** An undeployment stops the re-encryption after the batch under way; the next start goes on. */
    @PreDestroy
    void stop() {
        if (reencryption != null) {
            reencryption.cancel(true);
        }
    }

    /** A note under a key no longer configured could never be read again: the server does not start. */
    static void requireKnown(Set<String> keysInUse, NoteCipher cipher) {
        Set<String> unknown = new TreeSet<>(keysInUse);
        unknown.removeAll(cipher.keyIds());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Notes are encrypted under key(s) " + unknown + " that QORGAU_NOTE_KEYS"
                    + " does not hold; put them back after the current key: a key may be removed only once the"
                    + " server has logged that no note uses it any more");
        }
    }

    /** How many sealed values each key id holds, over all sealed columns. */
    private Map<String, Long> keysInUse() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> sealed : SEALED_COLUMNS.entrySet()) {
                try (ResultSet rows = s.executeQuery("select split_part(" + sealed.getValue() + ", ':', 2), count(*)"
                        + " from " + sealed.getKey() + " where " + sealed.getValue() + " is not null group by 1")) {
                    while (rows.next()) {
                        counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read which keys the notes are encrypted under: "
                    + e.getMessage(), e);
        }
        return counts;
    }

    private void reencryptAll() {
        try {
            long total = 0;
            for (Map.Entry<String, String> sealed : SEALED_COLUMNS.entrySet()) {
                total += reencrypt(sealed.getKey(), sealed.getValue());
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            long reencrypted = total;
            LOG.info(() -> "Re-encrypted " + reencrypted + " notes and addenda under key " + cipher.currentKeyId()
                    + "; no note uses another key now, and the keys after it may be removed from QORGAU_NOTE_KEYS");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Re-encrypting notes stopped; the next start goes on from where it stopped", e);
        }
    }

    /** One column, in batches by id, each committed on its own: a stop loses at most the batch under way. */
    private long reencrypt(String table, String column) throws SQLException {
        long done = 0;
        long after = Long.MIN_VALUE;
        try (Connection c = owner.getConnection();
             PreparedStatement read = c.prepareStatement("select id, " + column + " from " + table + " where id > ?"
                     + " and " + column + " is not null and split_part(" + column + ", ':', 2) <> ? order by id"
                     + " limit " + BATCH);
             PreparedStatement write = c.prepareStatement("update " + table + " set " + column + " = ?"
                     + " where id = ? and " + column + " = ?")) {
            c.setAutoCommit(false);
            int found;
            do {
                read.setLong(1, after);
                read.setString(2, cipher.currentKeyId());
                found = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        String sealed = rows.getString(2);
                        write.setString(1, cipher.seal(cipher.open(sealed)));
                        write.setLong(2, after);
                        write.setString(3, sealed);
                        write.addBatch();
                        found++;
                    }
                }
                write.executeBatch();
                c.commit();
                done += found;
            } while (found == BATCH && !Thread.currentThread().isInterrupted());
        }
        return done;
    }
}
