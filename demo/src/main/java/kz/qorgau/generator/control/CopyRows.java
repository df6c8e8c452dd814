package kz.qorgau.generator.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... FROM STDIN} in text format: a region's millions of
 * rows go in at the speed of the server, not at one round trip per batch. A connection runs no other statement
 * while a COPY is open, so when the table's reserved ids run out the COPY is ended, more ids are fetched, and a
 * new COPY goes on with the next row.
 */
final class CopyRows implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final PGConnection connection;
    private final String sql;
    private final String table;
    private final ReservedIds ids;
    private PGCopyOutputStream stream;
    private Writer out;
    private long copied;

    private CopyRows(PGConnection connection, String sql, String table, ReservedIds ids) {
        this.connection = connection;
        this.sql = sql;
        this.table = table;
        this.ids = ids;
    }

    /** A copy into {@code table} (its {@code columns}, comma-separated) whose ids, if any, come from {@code ids}. */
    static CopyRows into(Connection connection, String table, String columns, ReservedIds ids) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin", table, ids);
    }

    /** The id for the next row of this table. */
    long nextId() throws SQLException {
        if (!ids.hasNext()) {
            endSegment();
            ids.fetchMore();
        }
        return ids.next();
    }

    /** One row; null is SQL null, anything else its {@code toString()} (dates, times and instants in ISO form). */
    void row(Object... values) throws SQLException {
        if (stream == null) {
            stream = new PGCopyOutputStream(connection, sql, BUFFER);
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(values[i] == null ? "\\N" : escape(values[i].toString()));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("copy into " + table + " failed", e);
        }
    }

    /** Rows held back while another table's copy was open. */
    void rows(Iterable<Object[]> held) throws SQLException {
        for (Object[] values : held) {
            row(values);
        }
    }

    /** Ends the copy; returns the number of rows the server took. */
    long finish() throws SQLException {
        endSegment();
        return copied;
    }

    private void endSegment() throws SQLException {
        if (stream == null) {
            return;
        }
        try {
            out.flush();
            copied += stream.endCopy();
            stream = null;
        } catch (IOException e) {
            throw new SQLException("copy into " + table + " failed", e);
        }
    }

    /** Gives the copy up unless it finished; a copy left open would leave the connection unusable. */
    @Override
    public void close() throws SQLException {
        if (stream != null && stream.isActive()) {
            stream.cancelCopy();
        }
    }

    /** The text format's escapes: backslash, and the tab, newline and carriage return that separate fields and rows. */
    static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
