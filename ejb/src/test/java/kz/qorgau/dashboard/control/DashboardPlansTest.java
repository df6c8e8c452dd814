package kz.qorgau.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.qorgau.concealment.entity.ConcealmentStatus;
import kz.qorgau.platform.control.TestPostgres;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * The coordinator's dashboard counts over a region are planned for the region and the day asked for, however often
 * they are asked, as the safety figures are: with one plan for any values, PostgreSQL guesses the size of a
 * jurisdiction and of a period it cannot see.
 */
class DashboardPlansTest {

    private static TestPostgres postgres;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void aRegion() throws Exception {
        postgres = new TestPostgres();
        DataSource database = postgres.migratedWithSchools("dashboardplans", 40);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        entityManagers = TestPostgres.serverEntityManagers(database);
    }

    @AfterAll
    static void stop() throws Exception {
        entityManagers.close();
        postgres.close();
    }

    @Test
    void everyRunOfTheCountsIsPlannedForItsRegion() {
        TestPostgres.inRolledBackTransaction(entityManagers, em -> {
            Dashboard dashboard = new Dashboard();
            dashboard.em = em;
            Caller coordinator = new Caller("coordinator", Set.of(Caller.COORDINATOR),
                    new Jurisdiction(false, Set.of(990L), Set.of(), Set.of()));
            LocalDate day = LocalDate.of(2026, 12, 1);
            for (int i = 0; i < 15; i++) {
                assertThat(dashboard.openCases(coordinator)).isEmpty();
                assertThat(dashboard.openedPerWeek(coordinator, day.plusDays(i)).weeks()).hasSize(Dashboard.WEEKS);
                assertThat(dashboard.overdueByDistrict(coordinator, day.plusDays(i).atStartOfDay(ZoneOffset.UTC)
                        .toInstant(), Locale.ENGLISH)).isEmpty();
                assertThat(dashboard.concealmentFlags(coordinator)).containsEntry(ConcealmentStatus.OPEN, 0L);
                assertThat(dashboard.coverageGaps(coordinator, Locale.ENGLISH)).singleElement()
                        .satisfies(gap -> assertThat(gap.withoutPsychologist()).isEqualTo(40));
            }

            long[] plans = em.unwrap(Session.class).doReturningWork(TestPostgres::plansRun);
            assertThat(plans[1]).as("runs planned for their values").isGreaterThanOrEqualTo(10);
            assertThat(plans[0]).as("runs with one plan for any values").isZero();
        });
    }
}
