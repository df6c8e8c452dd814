package kz.qorgau.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Each firing of a timer that must do its work once in the cluster claims its slot (the period it stands for) in
 * {@code scheduled_run}, in the timer's own transaction. WildFly's persistent timers already fire on one node; the
 * claim makes sure of it even when two nodes fire the same slot (a node that rejoins and catches up on a missed
 * expiration, a split cluster): the second firing waits for the first's transaction, finds the slot taken, counts
 * itself in {@code also_fired} and does nothing. A firing whose work fails rolls its claim back with it, so that
 * the container's retry can claim the slot again. The table also tells the operator when each timer last ran and
 * on which node.
 */
@Stateless
@PermitAll
public class ScheduledRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return whether this firing claimed the slot and should do the work */
    public boolean claim(String timer, Duration period) {
        Instant now = clock.instant();
        return (Boolean) em.createNativeQuery("""
                        insert into scheduled_run (timer, slot, node, claimed_at) values (?1, ?2, ?3, ?4)
                        on conflict (timer, slot) do update set also_fired = scheduled_run.also_fired + 1
                        returning xmax = 0""")
                .setParameter(1, timer)
                .setParameter(2, OffsetDateTime.ofInstant(slot(now, period), ZoneOffset.UTC))
                .setParameter(3, ThisNode.NAME)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult();
    }

    /** The start of the period {@code at} falls in, counted from the epoch in UTC. */
    static Instant slot(Instant at, Duration period) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }
}
