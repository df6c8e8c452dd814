package kz.qorgau.earlywarning.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
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
 * Keeps region evaluations going when a server stops in the middle of one, by a crash or, in a cluster, the loss of
 * a node. Each node says every few seconds which runs it is executing or holding for a free batch thread (their
 * heartbeat); a run that Jakarta Batch shows as running but whose heartbeat has been silent for {@link #SILENCE} is
 * marked FAILED by the first node to see it, and restarted there from its last checkpoint, as an admin's restart
 * would. A single server does the same for
 * the runs it was executing before it went down, once it is back.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvaluationWatch {

    /** Long enough that a busy node's late heartbeat is not taken for its loss. */
    static final Duration SILENCE = Duration.ofMinutes(2);
    /** A run that has not reached its first block and nobody beat for since then was lost with its node. */
    static final Duration UNBEGUN = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(EvaluationWatch.class.getName());

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    @EJB
    RegionEvaluations evaluations;

    @Inject
    Clock clock;

    /** Not persistent: every node watches, and beats for its own runs. */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void watch() {
        Instant now = clock.instant();
        Set<Long> ours = Set.copyOf(running);
        evaluations.heartbeat(ours, now);
        List<Long> failed = evaluations.failSilent(ours, now.minus(SILENCE), now.minus(UNBEGUN));
        for (Long execution : failed) {
            try {
                RegionEvaluationView resumed = evaluations.resume(execution);
                LOG.warning(() -> "Region evaluation " + execution + " was interrupted (its server fell silent);"
                        + " resumed from its checkpoint as " + resumed.id());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Region evaluation " + execution + " was interrupted and is FAILED;"
                        + " it could not be resumed here: restart it with POST /api/evaluations/" + execution
                        + "/restart");
            }
        }
    }

    public void started(long executionId) {
        running.add(executionId);
    }

    public void ended(long executionId) {
        running.remove(executionId);
    }
}
