package kz.qorgau.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One PostgreSQL setting changed on a connection of the application's pool, for a piece of work: for the rest of the
 * connection's transaction, or until {@link #close()} resets it to the pool's own value, so that the connection goes
 * back to the pool as it came.
 */
abstract class SessionSetting implements AutoCloseable {

    private final Connection connection;
    private final String name;

    SessionSetting(Connection connection, String name, String value) throws SQLException {
        execute(connection, "set " + name + " = " + value);
        this.connection = connection;
        this.name = name;
    }

    static void setInTransaction(Connection connection, String name, String value) throws SQLException {
        execute(connection, "set local " + name + " = " + value);
    }

    @Override
    public void close() throws SQLException {
        execute(connection, "reset " + name);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
