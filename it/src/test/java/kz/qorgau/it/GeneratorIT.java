package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.generator.control.GenerationSummary;
import kz.qorgau.generator.control.RegionGenerator;
import kz.qorgau.generator.control.RegionSpec;
import kz.qorgau.platform.control.NoteCipher;
import kz.qorgau.students.entity.Iin;

/**
 * The synthetic data generator against the real schema the deployment migrated: a small region in the expected
 * proportions, valid IINs, the same shape again for another region from the same seed, ids that never collide
 * with the application's own.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratorIT {

    private static final long REGION = 10;
    private static final long SAME_SEED_REGION = 11;
    private static final int STUDENTS = 3_000;
    private static final long SEED = 2026;

    private static GenerationSummary first;
    private static GenerationSummary second;

    @BeforeAll
    static void generateTwoRegionsFromOneSeed() throws SQLException {
        LocalDate today = Fixtures.today();
        try (Connection db = Fixtures.database()) {
            db.setAutoCommit(false);
            NoteCipher notes = Fixtures.noteKeys();
            first = RegionGenerator.generate(db, RegionSpec.region(REGION, STUDENTS, SEED, today), notes);
            second = RegionGenerator.generate(db, RegionSpec.region(SAME_SEED_REGION, STUDENTS, SEED, today), notes);
            db.commit();
        }
    }

    @Test
    void writesTheRegionInRealisticProportions() throws SQLException {
        assertThat(first.students()).isEqualTo(STUDENTS);
        assertThat(first.signals()).isBetween(STUDENTS * 4L, STUDENTS * 6L);
        assertThat(first.rows("school")).isBetween(4L, 7L);
        assertThat(first.rows("family")).isBetween(STUDENTS / 2L, (long) STUDENTS);
        assertThat(first.rows("family_police_registration")).isBetween(1L, STUDENTS / 50L);
        assertThat(first.rows("police_registration")).isBetween(1L, STUDENTS / 50L);
        assertThat(first.rows("raid_delivery")).isPositive();
        assertThat(first.rows("absence")).isPositive();
        assertThat(first.rows("survey_opt_out")).isPositive();
        assertThat(count("""
                select count(*) from student s join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ?""")).isEqualTo(STUDENTS);
        double crisis = (double) count("""
                select count(distinct si.session_id) from session_indicator si
                join psychologist_session ps on ps.id = si.session_id join student s on s.id = ps.student_id
                join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and si.indicator in ('SUICIDAL_IDEATION', 'SELF_HARM')""")
                / first.rows("psychologist_session");
        assertThat(crisis).isBetween(0.001, 0.05);
    }

    @Test
    void someSchoolsLackAnInspectorOrAPsychologist() throws SQLException {
        String without = """
                select count(*) from school sc join district d on d.id = sc.district_id where d.region_id = ?
                and not exists (select 1 from staff_designation sd where sd.school_id = sc.id and sd.role = '%s')""";

        assertThat(count(without.formatted("INSPECTOR"))).isPositive();
        assertThat(count(without.formatted("PSYCHOLOGIST"))).isPositive();
    }

    @Test
    void everyIinIsValidAndCarriesTheRegion() throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement query = db.prepareStatement("""
                select s.iin, s.birth_date from student s join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id where d.region_id = ?""")) {
            query.setLong(1, REGION);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Iin iin = Iin.parse(rows.getString(1));
                    assertThat(iin.birthDate()).isEqualTo(rows.getDate(2).toLocalDate());
                    assertThat(iin.digits().substring(7, 9)).isEqualTo("10");
                }
            }
        }
    }

    @Test
    void screeningHasASuicideRiskScaleSomeScoreAtItsThresholdAndOptedOutChildrenHaveNoResults() throws SQLException {
        String inRegion = """
                join student s on s.id = r.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id where d.region_id = ?""";

        assertThat(count("""
                select count(*) from survey_result r join survey_campaign c on c.id = r.campaign_id
                join survey_scale k on k.instrument_id = c.instrument_id and k.code = r.scale_code and k.suicide_risk
                """ + inRegion + " and r.score >= k.threshold")).isPositive();
        assertThat(count("select count(*) from survey_result r join survey_opt_out o on o.student_id = r.student_id "
                + inRegion)).isZero();
    }

    @Test
    void incidentsHaveOneToThreeParticipantsAndSomePoliceRecordsAreOnSchoolGrounds() throws SQLException {
        String incidentsOfRegion = """
                from incident i where i.id in (select p.incident_id from incident_participant p
                join student s on s.id = p.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id where d.region_id = ?)""";

        assertThat(count("select count(*) " + incidentsOfRegion + " and ((select count(*) from incident_participant p"
                + " where p.incident_id = i.id) not between 1 and 3)")).isZero();
        assertThat(count("select count(*) " + incidentsOfRegion
                + " and i.source in ('POLICE', 'RAID') and i.on_school_grounds")).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameShapeInAnotherRegion() {
        assertThat(second.rows()).isEqualTo(first.rows());
    }

    @Test
    void theApplicationKeepsCreatingRecordsWithItsOwnIdsAfterAGeneration() {
        assertThat(Api.as("admin1").get("surveys/instruments").status()).as("generated instruments read back")
                .isEqualTo(200);
        long id = Fixtures.newStudentAtSchoolA();

        assertThat(Api.as("psychologist1").get("students/" + id).status()).isEqualTo(200);
        assertThat(Api.as("psychologist1").post("students/" + id + "/sessions",
                Fixtures.sessionJson(1, "\"SUICIDAL_IDEATION\"", "после генерации")).status()).isEqualTo(201);
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, REGION);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
