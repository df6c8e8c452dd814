package kz.qorgau.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.qorgau.notifications.entity.OutgoingMail;
import kz.qorgau.platform.control.TestPostgres;

/**
 * Two servers taking mail from one outbox on a real PostgreSQL, each in its own transaction, as two nodes of a
 * cluster do every few seconds: no mail is taken by both, and mail taken by a server that then died is sent later.
 */
class OutboxTakeTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    private static TestPostgres postgres;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void migrated() throws Exception {
        postgres = new TestPostgres();
        var database = postgres.database("outbox");
        TestPostgres.flyway(database, null).migrate();
        entityManagers = TestPostgres.entityManagers(database, OutgoingMail.class);
    }

    @AfterAll
    static void stop() throws Exception {
        entityManagers.close();
        postgres.close();
    }

    @Test
    void twoServersTakingAtOnceNeverTakeTheSameMailAndADeadServersMailIsDueAgainLater() throws Exception {
        Set<Long> queued = new HashSet<>(inTransaction(em -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                OutgoingMail mail = new OutgoingMail("psychologist" + i, "p" + i + "@demo.qorgau.kz",
                        "№ " + i + " іс сізге тағайындалды.", "Вам назначено дело № " + i + ".", NOW.minusSeconds(60));
                em.persist(mail);
                em.flush();
                ids.add(mail.getId());
            }
            return ids;
        }));

        EntityManager first = entityManagers.createEntityManager();
        first.getTransaction().begin();
        List<Long> byFirst = ids(outbox(first).take(NOW, 4));
        List<Long> bySecond;
        try {
            bySecond = CompletableFuture.supplyAsync(() -> inTransaction(em -> ids(outbox(em).take(NOW, 10))))
                    .get(30, TimeUnit.SECONDS);
        } finally {
            first.getTransaction().commit();
            first.close();
        }

        assertThat(byFirst).hasSize(4);
        assertThat(bySecond).as("the second takes what the first has not, without waiting for it").hasSize(6)
                .doesNotContainAnyElementsOf(byFirst);
        assertThat(union(byFirst, bySecond)).isEqualTo(queued);
        List<Long> meanwhile = inTransaction(em -> ids(outbox(em).take(NOW.plusSeconds(60), 10)));
        assertThat(meanwhile).as("taken by the two for two minutes").isEmpty();

        inTransaction(em -> {
            outbox(em).sent(byFirst.get(0), NOW.plusSeconds(1));
            return null;
        });
        List<Long> afterBothDied = inTransaction(em -> ids(outbox(em).take(NOW.plus(Outbox.TAKEN_FOR).plusSeconds(1),
                10)));
        assertThat(afterBothDied).as("due again once the two minutes are over, but never what was sent")
                .hasSize(9).doesNotContain(byFirst.get(0));
    }

    private static Outbox outbox(EntityManager em) {
        Outbox outbox = new Outbox();
        outbox.em = em;
        return outbox;
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagers.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private static List<Long> ids(List<OutgoingMail> mails) {
        return mails.stream().map(OutgoingMail::getId).toList();
    }

    private static Set<Long> union(List<Long> a, List<Long> b) {
        Set<Long> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
