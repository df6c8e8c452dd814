package kz.qorgau.generator.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import kz.qorgau.platform.control.NoteCipher;

/**
 * Builds a synthetic region into the schema the migrations create, on the caller's connection and in the caller's
 * transaction (the caller commits): the plan and the roster in memory first, then each table with COPY, then fresh
 * planner statistics. Ids come from the application's own sequences, so the application never collides with them.
 * The seed, the scale and the reference date decide every row (ids aside); the region decides only the IINs.
 */
public final class RegionGenerator {

    /** The tables written, for fresh statistics once they are full. */
    private static final List<String> TABLES = List.of("district", "school", "staff_designation", "family",
            "family_social_flag", "guardian", "family_police_registration", "student", "psychologist_session",
            "session_indicator", "incident", "incident_participant", "police_registration", "raid_delivery",
            "survey_instrument", "survey_scale", "survey_campaign", "survey_campaign_school", "survey_result",
            "survey_opt_out", "absence");

    private RegionGenerator() {
    }

    /** The notes of the sessions are encrypted with {@code notes}, as the application would store them. */
    public static GenerationSummary generate(Connection connection, RegionSpec spec, NoteCipher notes)
            throws SQLException {
        long began = System.nanoTime();
        requireNewDistricts(connection, spec);
        // One stream per stage, split in a fixed order, so that no stage's draws shift another's.
        SplittableRandom root = new SplittableRandom(spec.seed());
        RegionPlan plan = RegionPlan.of(spec, root.split());
        Iins iins = new Iins(spec.regionId(), takenIins(connection, spec.regionId()));
        Roster roster = Roster.of(plan, root.split(), iins);
        RegionRows rows = new RegionRows(connection, notes, plan, roster);
        SchoolRows.write(rows);
        FamilyRows.write(rows, root.split(), iins);
        StudentRows.write(rows, root.split());
        SessionRows.write(rows, root.split());
        IncidentRows.write(rows, root.split());
        PoliceRows.write(rows, root.split());
        SurveyRows.write(rows, root.split());
        AbsenceRows.write(rows, root.split());
        analyze(connection);
        return new GenerationSummary(spec.regionId(), rows.counts(), Duration.ofNanos(System.nanoTime() - began));
    }

    private static void requireNewDistricts(Connection connection, RegionSpec spec) throws SQLException {
        try (PreparedStatement region = connection.prepareStatement("select count(*) from region where id = ?");
             PreparedStatement districts = connection.prepareStatement(
                     "select count(*) from district where id between ? and ?")) {
            region.setLong(1, spec.regionId());
            if (count(region) == 0) {
                throw new IllegalArgumentException("region " + spec.regionId() + " is not in the reference data");
            }
            districts.setLong(1, spec.districtId(0));
            districts.setLong(2, spec.districtId(spec.districts() - 1));
            if (count(districts) > 0) {
                throw new IllegalStateException("districts " + spec.districtId(0) + " to "
                        + spec.districtId(spec.districts() - 1) + " must not exist yet");
            }
        }
    }

    /** IINs already on file with this region's serials: from an earlier generation into the same region. */
    private static Set<String> takenIins(Connection connection, long regionId) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select iin from student where substring(iin from 8 for 2) = ?
                union all select iin from guardian where substring(iin from 8 for 2) = ?""")) {
            statement.setString(1, String.valueOf(regionId));
            statement.setString(2, String.valueOf(regionId));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    taken.add(rows.getString(1));
                }
            }
        }
        return taken;
    }

    /** Statistics now rather than at autovacuum's next pass, so that the first evaluation is planned with them. */
    private static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", TABLES));
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
