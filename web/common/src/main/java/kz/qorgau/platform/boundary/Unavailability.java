package kz.qorgau.platform.boundary;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;

import kz.qorgau.platform.Messages;
import kz.qorgau.platform.control.Dependency;
import kz.qorgau.platform.control.Outages;
import kz.qorgau.platform.control.Unavailable;

/**
 * The answer to a request that failed because a dependency is away or too slow: 503 with Retry-After, said in the
 * caller's language, for the API and the pages alike. The outage itself is counted and logged once by
 * {@link Outages}; no stack trace is written per request.
 */
public final class Unavailability {

    public static final String RETRY_AFTER = "Retry-After";
    private static final Logger LOG = Logger.getLogger(Unavailability.class.getName());
    /** The server's statement_timeout of a request (configure.cli), as the message states it. */
    private static final int STATEMENT_TIMEOUT_SECONDS = 30;

    private Unavailability() {
    }

    /** The 503 problem for the failure, or empty when no dependency is to blame. */
    public static Optional<Problem> problem(Throwable failure, Locale locale) {
        if (failure == null) {
            return Optional.empty();
        }
        Optional<Dependency> away = CDI.current().select(Outages.class).get().refused(failure);
        if (away.isPresent()) {
            return Optional.of(Problem.of(503, "unavailable-" + away.get().code(), "problem.unavailable",
                    Messages.text(locale, "problem.unavailable." + away.get().code(),
                            Unavailable.RETRY_AFTER_SECONDS)));
        }
        if (Unavailable.timedOut(failure)) {
            LOG.warning("A request's statement ran past the statement timeout and was cancelled: " + root(failure));
            return Optional.of(Problem.of(503, "timeout", "problem.unavailable",
                    Messages.text(locale, "problem.unavailable.timeout", STATEMENT_TIMEOUT_SECONDS)));
        }
        return Optional.empty();
    }

    private static String root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
