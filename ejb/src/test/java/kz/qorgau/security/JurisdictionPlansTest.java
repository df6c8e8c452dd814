package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.qorgau.platform.control.TestPostgres;
import kz.qorgau.schools.entity.School;

/**
 * A jurisdiction query is translated to SQL once, not on every request: its ids are one array parameter, typed as
 * such, and the SQL asks PostgreSQL for {@code id = any(?)}, which an index answers. The recording of a child's file
 * read found a seventh of the server's time spent translating the same query again.
 */
class JurisdictionPlansTest {

    private static TestPostgres postgres;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void twoRegions() throws Exception {
        postgres = new TestPostgres();
        DataSource database = postgres.migratedWithSchools("jurisdictionplans", 3);
        TestPostgres.addOtherRegion(database);
        entityManagers = TestPostgres.serverEntityManagers(database);
    }

    @AfterAll
    static void stop() throws Exception {
        entityManagers.close();
        postgres.close();
    }

    @Test
    void eachKindOfJurisdictionIsTranslatedOnceAndAsksForAnyOfItsIds() {
        TestPostgres.inRolledBackTransaction(entityManagers, em -> {
            List<List<Long>> found = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                found.add(schoolsWithin(em, new Jurisdiction(false, Set.of(), Set.of(), Set.of(9900102L))));
                found.add(schoolsWithin(em, new Jurisdiction(false, Set.of(), Set.of(99101L), Set.of())));
                found.add(schoolsWithin(em, new Jurisdiction(false, Set.of(990L), Set.of(), Set.of())));
            }

            assertThat(found.subList(0, 3)).containsExactly(List.of(9900102L), List.of(9910101L),
                    List.of(9900101L, 9900102L, 9900103L));
            assertThat(found.subList(15, 18)).isEqualTo(found.subList(0, 3));
            assertThat(entityManagers.unwrap(SessionFactoryImplementor.class).getQueryEngine()
                    .getInterpretationCache().getNumberOfCachedQueryPlans()).as("queries kept translated").isEqualTo(3);
            assertThat(preparedStatements(em)).hasSize(3)
                    .allSatisfy(sql -> assertThat(sql).containsPattern("\\w+\\.\\w+ ?= ?any\\(\\$\\d+\\)"));
        });
    }

    private static List<Long> schoolsWithin(EntityManager em, Jurisdiction jurisdiction) {
        return JurisdictionQuery.create(em, "select sc from School sc join sc.district d where "
                        + JurisdictionQuery.SCHOOL_WITHIN + " order by sc.id", School.class, jurisdiction)
                .getResultList().stream().map(School::getId).toList();
    }

    private static List<String> preparedStatements(EntityManager em) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<String> statements = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(
                         "select statement from pg_prepared_statements where statement like '%school%'")) {
                while (rs.next()) {
                    statements.add(rs.getString(1));
                }
            }
            return statements;
        });
    }
}
