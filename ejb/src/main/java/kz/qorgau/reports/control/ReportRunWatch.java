package kz.qorgau.reports.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * In a cluster, a background report whose node is lost would be shown as running forever. Each node says every few
 * seconds which reports it is writing (their heartbeat); a run silent for {@link #SILENCE} is marked FAILED by the
 * first node that sees it, so that whoever waits on it asks again.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportRunWatch {

    /** Long enough that a busy node's late heartbeat is not taken for its loss. */
    static final Duration SILENCE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(ReportRunWatch.class.getName());

    private final Set<Long> writing = ConcurrentHashMap.newKeySet();

    @EJB
    ReportRunStore store;

    @Inject
    Clock clock;

    /** Not persistent: every node watches, and beats for its own runs. */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void watch() {
        Instant now = clock.instant();
        Set<Long> ours = Set.copyOf(writing);
        store.heartbeat(ours, now);
        int failed = store.failSilent(ours, now.minus(SILENCE), now);
        if (failed > 0) {
            LOG.warning(() -> failed + " report run(s) whose server fell silent are marked FAILED;"
                    + " ask for the report again");
        }
    }

    public void started(long runId) {
        writing.add(runId);
    }

    public void ended(long runId) {
        writing.remove(runId);
    }
}
