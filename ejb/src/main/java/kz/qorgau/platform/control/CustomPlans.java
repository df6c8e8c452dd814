package kz.qorgau.platform.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements planned for the values they run with, never once for any values. After five runs of a prepared
 * statement PostgreSQL may keep one generic plan for it, chosen by estimates that cannot see the values: for a range
 * of dates or a jurisdiction's ids those estimates are guesses. The figures over a jurisdiction (reports, statistics,
 * the dashboard) run few statements, each over many rows, where a wrong plan costs far more than planning: the safety
 * statistics' generic plan read every incident of the year (250 ms) where the plan for the values started from the
 * two schools with a prescription (2 ms). The requests that read one child or one page keep PostgreSQL's choice.
 */
public final class CustomPlans extends SessionSetting {

    private static final String SETTING = "plan_cache_mode";
    private static final String FOR_THEIR_VALUES = "force_custom_plan";

    private CustomPlans(Connection connection) throws SQLException {
        super(connection, SETTING, FOR_THEIR_VALUES);
    }

    /** For the rest of the connection's current transaction (with {@code Session.doWork} in a bean's transaction). */
    public static void inTransaction(Connection connection) throws SQLException {
        setInTransaction(connection, SETTING, FOR_THEIR_VALUES);
    }

    /**
     * On a connection used without a transaction, until {@link #close()} sets it back, so that the connection returns
     * to the pool with PostgreSQL's own choice.
     */
    public static CustomPlans on(Connection connection) throws SQLException {
        return new CustomPlans(connection);
    }
}
