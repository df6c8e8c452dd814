package kz.qorgau.cases.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.qorgau.platform.control.TestPostgres;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * A page of cases costs the same few statements however many cases it shows: each case's reasons, evidence,
 * assignees, measures and approvals come a page at a time. Read one row at a time, a page of 20 cases took six
 * statements per case, and under a school day's load the school's case list waited for the cores once for each.
 */
class CaseListStatementsTest {

    private static final int CASES = 25;

    private static TestPostgres postgres;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void aSchoolWithCases() throws Exception {
        postgres = new TestPostgres();
        DataSource database = postgres.migratedWithSchools("caselist", 1);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into student (id, iin, last_name, first_name, birth_date, sex, school_id, status,
                                         created_at, version)
                    select n, 'IIN' || n, 'Сейтқали', 'Айгерім', date '2012-01-01', 'FEMALE', 9900101, 'ACTIVE',
                           now(), 0
                    from generate_series(1, %1$d) n;
                    insert into early_warning_case (id, student_id, status, level, opened_at, first_contact_due,
                                                    version, episode_started_at)
                    select n, n, 'NEW', 'HIGH', now() - n * interval '1 hour', now() + interval '3 days', 0,
                           now() - n * interval '1 hour'
                    from generate_series(1, %1$d) n;
                    insert into case_reason (id, case_id, rule_id, level, raised_at, rule_version)
                    select n, n, 'EW-01', 'HIGH', now(), '1' from generate_series(1, %1$d) n;
                    insert into reason_evidence (reason_id, kind, record_id)
                    select n, 'INCIDENT', n from generate_series(1, %1$d) n;
                    insert into case_assignment (id, case_id, username, role, assigned_at)
                    select n, n, 'socped1', 'SOCIAL_PEDAGOGUE', now() from generate_series(1, %1$d) n;
                    """.formatted(CASES));
            for (int n = 1; n <= CASES; n++) {
                s.execute("update student set iin = '%s' where id = %d".formatted(
                        Iin.issue(LocalDate.of(2012, 1, 1), Sex.FEMALE, n).digits(), n));
            }
        }
        entityManagers = TestPostgres.serverEntityManagers(database);
    }

    @AfterAll
    static void stop() throws Exception {
        entityManagers.close();
        postgres.close();
    }

    @Test
    void aPageOfTwentyCasesCostsNoMoreStatementsThanAPageOfTwo() {
        long two = statementsForAPageOf(2);
        long twenty = statementsForAPageOf(20);

        assertThat(twenty).isEqualTo(two).isLessThanOrEqualTo(6);
    }

    private long statementsForAPageOf(int size) {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        return TestPostgres.fromRolledBackTransaction(entityManagers, em -> {
            CaseService cases = new CaseService();
            cases.em = em;
            Caller director = new Caller("director1", Set.of(Caller.SCHOOL_ADMIN),
                    new Jurisdiction(false, Set.of(), Set.of(), Set.of(9900101L)));
            statistics.clear();

            List<CaseView> page = cases.list(new CaseFilter(null, null, null), 0, size, director, Locale.ENGLISH);

            assertThat(page).hasSize(size).allSatisfy(c -> {
                assertThat(c.reasons()).singleElement().satisfies(r -> assertThat(r.evidence()).hasSize(1));
                assertThat(c.assignees()).singleElement().extracting(CaseView.AssigneeView::username)
                        .isEqualTo("socped1");
                assertThat(c.studentName()).contains("Айгерім");
            });
            return statistics.getPrepareStatementCount();
        });
    }
}
