package kz.qorgau.platform.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import kz.qorgau.platform.GarbledText;

/**
 * Migration 23: repairs the text that full-page forms stored garbled before the pages read requests as UTF-8 (the
 * browser sent UTF-8, the server read ISO-8859-1: a Kazakh or Russian word became "Ð\u0090Ð»..."). Every text column
 * of every table is looked at, the encrypted notes and addenda too (opened, repaired, sealed again); a repaired row
 * is recorded in the audit trail as a REPAIR by "system". The append-only tables (notes, addenda, the case
 * timeline) are corrected by the owner inside this migration's transaction only. On a database with nothing
 * damaged it changes nothing.
 */
public class GarbledTextRepair implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(GarbledTextRepair.class.getName());

    /** A UTF-8 lead byte read as Latin-1, followed by a continuation byte: how every damaged value starts somewhere. */
    private static final String DAMAGE = "[\u00C2-\u00F4][\u0080-\u00BF]";
    private static final Set<String> NOT_REPAIRED = Set.of("flyway_schema_history", "audit_event");
    private static final Set<String> SEALED = Set.of("psychologist_session.confidential_note", "session_addendum.text");

    private final NoteCipher notes;

    public GarbledTextRepair(NoteCipher notes) {
        this.notes = notes;
    }

    private record Column(String table, String name, boolean array) {

        boolean sealed() {
            return SEALED.contains(table + "." + name);
        }
    }

    /** One row's corrected columns, found by its physical address within this transaction. */
    private record Repair(String ctid, Long id, Map<String, Object> values) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("23");
    }

    @Override
    public String getDescription() {
        return "repair text garbled by forms read as Latin-1";
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
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        for (Column column : textColumns(connection)) {
            tables.computeIfAbsent(column.table(), t -> new ArrayList<>()).add(column);
        }
        int repaired = 0;
        for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
            Map<String, Repair> repairs = new LinkedHashMap<>();
            for (Column column : table.getValue()) {
                find(connection, column, repairs);
            }
            if (!repairs.isEmpty()) {
                apply(connection, table.getKey(), repairs.values());
                repaired += repairs.size();
            }
        }
        int rows = repaired;
        LOG.info(() -> rows == 0 ? "No text garbled by a Latin-1 reading found"
                : "Repaired " + rows + " rows of text garbled by a Latin-1 reading; each is in the audit trail");
    }

    private static List<Column> textColumns(Connection connection) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("""
                     select c.table_name, c.column_name, c.data_type = 'ARRAY'
                     from information_schema.columns c
                     join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                     where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                       and (c.data_type in ('text', 'character varying')
                            or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
                     order by c.table_name, c.ordinal_position""")) {
            while (rows.next()) {
                if (!NOT_REPAIRED.contains(rows.getString(1))) {
                    columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
        }
        return columns;
    }

    private void find(Connection connection, Column column, Map<String, Repair> repairs) throws SQLException {
        String value = column.array() ? "array_to_string(%s, ' ')".formatted(quoted(column.name())) : quoted(column.name());
        String where = column.sealed() ? quoted(column.name()) + " is not null" : value + " ~ ?";
        try (PreparedStatement query = connection.prepareStatement("select ctid::text, %s, %s from %s where %s"
                .formatted(hasId(connection, column.table()) ? "id" : "null::bigint", quoted(column.name()),
                        quoted(column.table()), where))) {
            if (!column.sealed()) {
                query.setString(1, DAMAGE);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<Object> corrected = corrected(connection, column, rows);
                    if (corrected.isPresent()) {
                        Long id = rows.getObject(2) == null ? null : rows.getLong(2);
                        repairs.computeIfAbsent(rows.getString(1), ctid -> new Repair(ctid, id, new LinkedHashMap<>()))
                                .values().put(column.name(), corrected.get());
                    }
                }
            }
        }
    }

    private Optional<Object> corrected(Connection connection, Column column, ResultSet row) throws SQLException {
        if (column.array()) {
            Array array = row.getArray(3);
            String[] values = (String[]) array.getArray();
            boolean changed = false;
            for (int i = 0; i < values.length; i++) {
                Optional<String> fixed = values[i] == null ? Optional.empty() : GarbledText.repaired(values[i]);
                if (fixed.isPresent()) {
                    values[i] = fixed.get();
                    changed = true;
                }
            }
            return changed ? Optional.of(connection.createArrayOf("text", values)) : Optional.empty();
        }
        String stored = row.getString(3);
        if (column.sealed()) {
            return GarbledText.repaired(notes.open(stored)).map(notes::seal);
        }
        return GarbledText.repaired(stored).map(Object.class::cast);
    }

    /** Writes the corrections with the table's own triggers held back (this transaction only), and audits each row. */
    private static void apply(Connection connection, String table, Iterable<Repair> repairs) throws SQLException {
        try (Statement triggers = connection.createStatement()) {
            triggers.execute("alter table " + quoted(table) + " disable trigger user");
            for (Repair repair : repairs) {
                List<String> columns = new ArrayList<>(repair.values().keySet());
                String set = String.join(", ", columns.stream().map(c -> quoted(c) + " = ?").toList());
                try (PreparedStatement update = connection.prepareStatement(
                        "update " + quoted(table) + " set " + set + " where ctid = ?::tid")) {
                    int i = 1;
                    for (String column : columns) {
                        update.setObject(i++, repair.values().get(column));
                    }
                    update.setString(i, repair.ctid());
                    update.executeUpdate();
                }
                try (PreparedStatement audit = connection.prepareStatement("""
                        insert into audit_event (id, occurred_at, username, action, record_type, record_id)
                        values (nextval('audit_event_id_seq'), now(), 'system', 'REPAIR', ?, ?)""")) {
                    audit.setString(1, table);
                    audit.setObject(2, repair.id());
                    audit.executeUpdate();
                }
            }
            triggers.execute("alter table " + quoted(table) + " enable trigger user");
        }
    }

    private static boolean hasId(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select 1 from information_schema.columns
                where table_schema = 'public' and table_name = ? and column_name = 'id' and data_type = 'bigint'""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
