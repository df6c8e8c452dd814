package kz.qorgau.platform.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The application's connections cancel any statement after the request's statement timeout (DB_STATEMENT_TIMEOUT, set
 * on the datasource in configure.cli), so that no request waits on the database for longer. Work in the background
 * that legitimately runs long (report runs, what-if runs, the demo's generated region, the audit chain's full
 * verification) lifts it here, for its own statements only.
 */
public final class StatementTimeout extends SessionSetting {

    private static final String SETTING = "statement_timeout";

    private StatementTimeout(Connection connection) throws SQLException {
        super(connection, SETTING, "0");
    }

    /** For the rest of the connection's current transaction; the timeout comes back when it ends. */
    public static void liftInTransaction(Connection connection) throws SQLException {
        setInTransaction(connection, SETTING, "0");
    }

    /**
     * On a connection used without a transaction, until {@link #close()} sets it back to the pool's own value, so
     * that the connection returns to the pool with the request's timeout.
     */
    public static StatementTimeout lifted(Connection connection) throws SQLException {
        return new StatementTimeout(connection);
    }
}
