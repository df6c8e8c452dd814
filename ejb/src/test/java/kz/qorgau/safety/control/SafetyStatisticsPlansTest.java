package kz.qorgau.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.qorgau.platform.control.TestPostgres;
import kz.qorgau.security.Jurisdiction;

/**
 * The coordinator's safety figures are planned for the period and the region asked for, however often they are asked.
 * With one plan for any period, PostgreSQL read every incident of the year before looking at the two schools with a
 * prescription: 250 ms where 2 ms would do, on every request after the first few.
 */
class SafetyStatisticsPlansTest {

    private static TestPostgres postgres;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void aRegion() throws Exception {
        postgres = new TestPostgres();
        DataSource database = postgres.migratedWithSchools("safetyplans", 40);
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
    void everyRunOfTheFiguresIsPlannedForItsPeriod() {
        TestPostgres.inRolledBackTransaction(entityManagers, em -> {
            SafetyStatistics statistics = new SafetyStatistics();
            statistics.em = em;
            Jurisdiction region = new Jurisdiction(false, Set.of(990L), Set.of(), Set.of());
            LocalDate day = LocalDate.of(2026, 12, 1);
            for (int i = 0; i < 15; i++) {
                assertThat(statistics.schools(region, day, day.minusYears(1).plusDays(i), day)).hasSize(40);
                assertThat(statistics.incidentsAtOpenDefects(region, day.minusYears(1).plusDays(i), day)).isEmpty();
            }

            long[] plans = em.unwrap(Session.class).doReturningWork(TestPostgres::plansRun);
            assertThat(plans[1]).as("runs planned for their values").isGreaterThanOrEqualTo(10);
            assertThat(plans[0]).as("runs with one plan for any values").isZero();
        });
    }
}
