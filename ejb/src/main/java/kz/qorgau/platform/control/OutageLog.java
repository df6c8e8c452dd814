package kz.qorgau.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Logs each outage of a dependency twice: once when the first request is refused because of it, with the cause in one
 * line, and once when the dependency answers again, with how long it lasted and how many requests were refused. The
 * requests in between are only counted: an outage under load must not fill the disk with stack traces.
 */
public final class OutageLog {

    private static final Logger LOG = Logger.getLogger(OutageLog.class.getName());

    private record Outage(Instant since, long refused) {
    }

    private final Map<Dependency, Outage> current = new EnumMap<>(Dependency.class);

    /** @return true when this refusal started an outage (and was logged) */
    public synchronized boolean refused(Dependency dependency, Instant at, String cause) {
        Outage outage = current.get(dependency);
        if (outage == null) {
            current.put(dependency, new Outage(at, 1));
            LOG.warning(() -> "Outage of the " + dependency.code() + " started: requests are refused with 503 until it"
                    + " answers again (" + cause + ")");
            return true;
        }
        current.put(dependency, new Outage(outage.since(), outage.refused() + 1));
        return false;
    }

    /** @return true when this answer ended an outage (and was logged) */
    public synchronized boolean answered(Dependency dependency, Instant at) {
        Outage outage = current.remove(dependency);
        if (outage == null) {
            return false;
        }
        LOG.info(() -> "Outage of the " + dependency.code() + " ended after "
                + Duration.between(outage.since(), at).toMillis() / 1000.0 + " s; " + outage.refused()
                + " requests were refused with 503");
        return true;
    }

    public synchronized boolean down(Dependency dependency) {
        return current.containsKey(dependency);
    }

    public synchronized long refusedSoFar(Dependency dependency) {
        Outage outage = current.get(dependency);
        return outage == null ? 0 : outage.refused();
    }
}
