package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers firing the same timer slot, each in its own transaction on a real PostgreSQL, as two nodes of a
 * cluster do when both fire: one does the work, the other waits for it, finds the slot taken and is counted.
 */
class ScheduledRunsClaimTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:07:30Z"), ZoneOffset.UTC);

    private static TestPostgres postgres;
    private static DataSource database;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void migrated() throws Exception {
        postgres = new TestPostgres();
        database = postgres.database("runs");
        TestPostgres.flyway(database, null).migrate();
        entityManagers = TestPostgres.entityManagers(database);
    }

    @AfterAll
    static void stop() throws Exception {
        entityManagers.close();
        postgres.close();
    }

    @Test
    void ofTwoServersFiringTheSameSlotAtOnceOnlyOneDoesTheWork() throws Exception {
        EntityManager first = entityManagers.createEntityManager();
        first.getTransaction().begin();
        assertThat(node(first).claim("both-fire", FIVE_MINUTES)).isTrue();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claimAndCommit("both-fire"));
        Thread.sleep(500);
        assertThat(second).as("the second waits while the first's claim is not committed").isNotDone();
        first.getTransaction().commit();
        first.close();

        assertThat(second.get(30, TimeUnit.SECONDS)).as("the second firing finds the slot taken").isFalse();
        assertThat(alsoFired("both-fire")).isEqualTo(1);
        assertThat(claimAndCommit("both-fire")).as("a late third firing").isFalse();
        assertThat(alsoFired("both-fire")).isEqualTo(2);
    }

    @Test
    void aFiringWhoseWorkFailedLeavesTheSlotToTheRetry() throws SQLException {
        EntityManager failed = entityManagers.createEntityManager();
        failed.getTransaction().begin();
        assertThat(node(failed).claim("work-fails", FIVE_MINUTES)).isTrue();
        failed.getTransaction().rollback();
        failed.close();

        assertThat(claimAndCommit("work-fails")).isTrue();
        assertThat(alsoFired("work-fails")).isZero();
    }

    @Test
    void theNextPeriodIsASlotOfItsOwn() {
        assertThat(claimAndCommit("each-period")).isTrue();

        ScheduledRuns later = new ScheduledRuns();
        later.clock = Clock.offset(CLOCK, FIVE_MINUTES);
        EntityManager em = entityManagers.createEntityManager();
        later.em = em;
        em.getTransaction().begin();
        assertThat(later.claim("each-period", FIVE_MINUTES)).isTrue();
        em.getTransaction().commit();
        em.close();
    }

    private static boolean claimAndCommit(String timer) {
        EntityManager em = entityManagers.createEntityManager();
        try {
            em.getTransaction().begin();
            boolean claimed = node(em).claim(timer, FIVE_MINUTES);
            em.getTransaction().commit();
            return claimed;
        } finally {
            em.close();
        }
    }

    private static ScheduledRuns node(EntityManager em) {
        ScheduledRuns runs = new ScheduledRuns();
        runs.em = em;
        runs.clock = CLOCK;
        return runs;
    }

    private static int alsoFired(String timer) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select also_fired from scheduled_run where timer = '" + timer + "'")) {
            assertThat(r.next()).isTrue();
            int alsoFired = r.getInt(1);
            assertThat(r.next()).as("one row per slot").isFalse();
            return alsoFired;
        }
    }
}
