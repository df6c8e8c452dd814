package kz.qorgau.platform.control;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure caused by a dependency that is away (the database refusing or dropping the server's connections, the
 * pool finding none within its wait) from a failure of the request itself, so that the former is answered 503 with
 * Retry-After and logged once per outage instead of once per request.
 */
public final class Unavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** The request's statement ran past statement_timeout: the database is slow, not away. */
    private static final String STATEMENT_TIMEOUT = "57014";
    /**
     * Connection exceptions (class 08), the server shutting down or starting (57P01 to 57P03), too many connections
     * (53300), and the server refusing the application role's login (28000, 28P01: no login while an operator repairs).
     */
    private static final Set<String> AWAY = Set.of("53300", "57P01", "57P02", "57P03", "28000", "28P01");

    private Unavailable() {
    }

    /** The dependency the failure shows to be away, if any. */
    public static Optional<Dependency> dependency(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || AWAY.contains(sql.getSQLState()))) {
                return Optional.of(Dependency.DATABASE);
            }
            if (isPoolFailure(t)) {
                return Optional.of(Dependency.DATABASE);
            }
        }
        return Optional.empty();
    }

    /** Whether the database cancelled one of the request's statements for running too long. */
    public static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && STATEMENT_TIMEOUT.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The datasource's own refusals: no connection could be made (IJ031084), none became free within
     * blocking-timeout-wait-millis (IJ000655), or the pool could not hand one out (IJ000453); IronJacamar gives them
     * as ResourceExceptions, or as SQLExceptions without a state that carry its message code.
     */
    private static boolean isPoolFailure(Throwable t) {
        String message = t.getMessage();
        boolean resource = t.getClass().getName().endsWith("ResourceException");
        return message != null && (message.contains("IJ000453") || message.contains("IJ000655")
                || message.contains("IJ031084") || (resource && message.contains("IJ0")));
    }
}
