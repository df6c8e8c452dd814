package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.launcher.DevPostgres;

/**
 * The nightly and on-demand re-evaluation of a region as a Jakarta Batch job: signals that reached the database
 * without passing the API (as after an outage, or a bulk load by a DBA) raise their cases; a second run changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RegionEvaluationIT {

    private static final long REGION = 75;

    @Test
    void signalsLoadedBehindTheApisBackRaiseTheirCaseAndASecondRunChangesNothing() throws Exception {
        long student = newStudentAtSchoolA();
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            incidentBehindTheApi(student, daysAgo);
        }
        assertThat(Api.as("psychologist1").get("cases?studentId=" + student).array()).isEmpty();

        JsonObject first = runToCompletion();

        assertThat(first.getInt("studentsDone")).isEqualTo(first.getInt("studentsTotal")).isPositive();
        assertThat(first.getInt("casesOpened")).isPositive();
        assertThat(first.getString("requestedBy")).isEqualTo("admin1");
        JsonObject theCase = Api.as("psychologist1").get("cases?studentId=" + student).array().getJsonObject(0);
        assertThat(theCase.getString("level")).isEqualTo("HIGH");
        JsonObject reason = theCase.getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getString("ruleId")).isEqualTo("EW-04");
        assertThat(reason.getString("ruleVersion")).isNotEmpty();
        assertThat(reason.getJsonObject("inputs").getJsonArray("evidence")).hasSize(3);

        JsonObject second = runToCompletion();

        assertThat(second.getInt("casesOpened")).isZero();
        assertThat(second.getInt("casesChanged")).isZero();
    }

    @Test
    void brothersWhoseCasesReachHighInTheSameRunReviewEachOtherAndTheNextRunChangesNothing() throws Exception {
        long elder = newStudentAtSchoolA();
        long younger = newStudentAtSchoolA();
        Api.Reply family = Api.as("socped1").post("families",
                "{\"schoolId\":" + Fixtures.SCHOOL_A + ",\"address\":\"Алматы, ул. Жандосова, 3\",\"flags\":[]}");
        long familyId = family.object().getJsonNumber("id").longValue();
        for (long brother : new long[] {elder, younger}) {
            assertThat(Api.as("socped1").post("families/" + familyId + "/members", "{\"studentId\":" + brother + "}")
                    .status()).isEqualTo(200);
            for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
                incidentBehindTheApi(brother, daysAgo);
            }
        }

        runToCompletion();

        for (long brother : new long[] {elder, younger}) {
            JsonObject theCase = Api.as("socped1").get("cases?studentId=" + brother).array().getJsonObject(0);
            assertThat(theCase.getJsonArray("reasons").getValuesAs(JsonObject.class))
                    .extracting(r -> r.getString("ruleId")).as("student " + brother).contains("EW-04", "EW-13");
        }
        JsonObject next = runToCompletion();
        assertThat(next.getInt("casesOpened")).isZero();
        assertThat(next.getInt("casesChanged")).as("the closing step settled the siblings within the run").isZero();
    }

    @Test
    void onlyAnAdminMayStartOneAndMistakesAreExplained() {
        assertThat(Api.as("psychologist1").post("evaluations", "{\"regionId\":75}").status()).isEqualTo(403);
        assertThat(Api.as("coordinator1").post("evaluations", "{\"regionId\":75}").status()).isEqualTo(403);

        Api.Reply missing = Api.as("admin1").post("evaluations", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("regionId");

        assertThat(Api.as("admin1").post("evaluations", "{\"regionId\":999}").status()).isEqualTo(404);
        assertThat(Api.as("admin1").get("evaluations/987654321").status()).isEqualTo(404);
    }

    @Test
    void aCompletedRunCannotBeRestartedOrStopped() throws Exception {
        long id = runToCompletion().getJsonNumber("id").longValue();

        Api.Reply restart = Api.as("admin1").post("evaluations/" + id + "/restart", "");
        assertThat(restart.status()).isEqualTo(400);
        assertThat(restart.text()).contains("COMPLETED");
        assertThat(Api.as("admin1").post("evaluations/" + id + "/stop", "").status()).isEqualTo(400);
        assertThat(Api.as("admin1").get("evaluations").array()).isNotEmpty();
    }

    @Test
    void aStoppedRunRestartsFromItsCheckpointAndFinishesTheRegion() throws InterruptedException {
        // one student per transaction, so that the run is still going when it is stopped
        Api.Reply started = Api.as("admin1").post("evaluations", "{\"regionId\":" + REGION + ",\"blockSize\":1}");
        long id = started.object().getJsonNumber("id").longValue();
        Api.Reply stop = Api.as("admin1").post("evaluations/" + id + "/stop", "");

        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
        JsonObject stopped = until(id, "STOPPED|FAILED|COMPLETED");
        assertThat(stopped.getString("status")).isEqualTo("STOPPED");
        assertThat(stopped.getInt("studentsDone")).isLessThan(stopped.getInt("studentsTotal"));

        Api.Reply restarted = Api.as("admin1").post("evaluations/" + id + "/restart", "");

        assertThat(restarted.status()).as(restarted.toString()).isEqualTo(202);
        long again = restarted.object().getJsonNumber("id").longValue();
        assertThat(again).isNotEqualTo(id);
        JsonObject finished = until(again, "COMPLETED|FAILED|STOPPED");
        assertThat(finished.getString("status")).isEqualTo("COMPLETED");
        assertThat(finished.getJsonNumber("continues").longValue()).as("the restart names the run it continues")
                .isEqualTo(id);
        assertThat(finished.getInt("studentsBefore")).isEqualTo(stopped.getInt("studentsDone"));
        assertThat(finished.getInt("studentsBefore") + finished.getInt("studentsDone"))
                .as("the blocks done before the stop are not done twice").isEqualTo(finished.getInt("studentsTotal"));
        JsonObject stoppedAfterwards = Api.as("admin1").get("evaluations/" + id).object();
        assertThat(stoppedAfterwards.getInt("studentsDone")).as("the stopped run keeps its own progress")
                .isEqualTo(stopped.getInt("studentsDone"));
        assertThat(stoppedAfterwards.containsKey("continues")).isFalse();
        assertThat(Api.as("admin1").post("evaluations", "{\"regionId\":75,\"blockSize\":0}").status())
                .isEqualTo(400);
    }

    /**
     * A crash, or in a cluster the loss of the node running it, leaves a run STARTED in the job repository with a
     * heartbeat that stops: here a stopped run is put in exactly that state, as if its node had gone ten minutes
     * ago. The watch fails it and resumes it from its checkpoint on this server, without anyone asking.
     */
    @Test
    void aRunWhoseServerFellSilentResumesByItselfFromItsCheckpoint() throws Exception {
        Api.Reply started = Api.as("admin1").post("evaluations", "{\"regionId\":" + REGION + ",\"blockSize\":1}");
        long id = started.object().getJsonNumber("id").longValue();
        Api.as("admin1").post("evaluations/" + id + "/stop", "");
        JsonObject stopped = until(id, "STOPPED|FAILED|COMPLETED");
        assertThat(stopped.getString("status")).isEqualTo("STOPPED");
        assertThat(stopped.getInt("studentsDone")).isLessThan(stopped.getInt("studentsTotal"));

        asLostOnANodeThatFellSilent(id);

        JsonObject resumed = continuationOf(id, Duration.ofMinutes(3));
        assertThat(resumed.getString("status")).isEqualTo("COMPLETED");
        assertThat(resumed.getString("requestedBy")).as("the resumed run is still the one the admin asked for")
                .isEqualTo("admin1");
        assertThat(resumed.getInt("studentsBefore")).isEqualTo(stopped.getInt("studentsDone"));
        assertThat(resumed.getInt("studentsBefore") + resumed.getInt("studentsDone"))
                .as("the blocks done before the loss are not done twice").isEqualTo(resumed.getInt("studentsTotal"));
        try (Connection db = applicationDatabase();
             PreparedStatement lost = db.prepareStatement(
                     "select batchstatus, exitstatus from job_execution where jobexecutionid = ?")) {
            lost.setLong(1, id);
            try (var row = lost.executeQuery()) {
                row.next();
                assertThat(row.getString(1) + " " + row.getString(2)).isEqualTo("FAILED CRASHED");
            }
        }
    }

    /** The job repository's rows and the run's heartbeat as a node killed mid-run leaves them. */
    private static void asLostOnANodeThatFellSilent(long execution) throws SQLException {
        try (Connection db = applicationDatabase()) {
            for (String sql : new String[] {
                    "update job_execution set batchstatus = 'STARTED', exitstatus = null, endtime = null"
                            + " where jobexecutionid = ?",
                    "update step_execution set batchstatus = 'STARTED', exitstatus = null, endtime = null"
                            + " where jobexecutionid = ? and batchstatus = 'STOPPED'",
                    "update partition_execution set batchstatus = 'STARTED', exitstatus = null where stepexecutionid in"
                            + " (select stepexecutionid from step_execution where jobexecutionid = ?)"
                            + " and batchstatus = 'STOPPED'",
                    "update region_evaluation set node = 'a-lost-node', heartbeat_at = now() - interval '10 minutes'"
                            + " where job_execution_id = ?"}) {
                try (PreparedStatement update = db.prepareStatement(sql)) {
                    update.setLong(1, execution);
                    update.executeUpdate();
                }
            }
        }
    }

    private static JsonObject continuationOf(long execution, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (JsonObject run : Api.as("admin1").get("evaluations?size=50").array().getValuesAs(JsonObject.class)) {
                if (run.containsKey("continues") && run.getJsonNumber("continues").longValue() == execution
                        && run.getString("status").matches("COMPLETED|FAILED|STOPPED")) {
                    return run;
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no run resumed evaluation " + execution + " within " + patience);
    }

    /** As the server connects: the job repository lives in the application role's own schema. */
    private static Connection applicationDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port")
                + "/qorgau", DevPostgres.APPLICATION_USER, DevPostgres.APPLICATION_PASSWORD);
    }

    private static JsonObject until(long id, String statuses) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject run = Api.as("admin1").get("evaluations/" + id).object();
        while (!run.getString("status").matches(statuses) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            run = Api.as("admin1").get("evaluations/" + id).object();
        }
        return run;
    }

    private static JsonObject runToCompletion() throws InterruptedException {
        Api.Reply started = Api.as("admin1").post("evaluations", "{\"regionId\":" + REGION + "}");
        assertThat(started.status()).isEqualTo(202);
        JsonObject run = until(started.object().getJsonNumber("id").longValue(), "COMPLETED|FAILED|STOPPED|ABANDONED");
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        return run;
    }

    /** Three fights written straight into the database, so that no evaluation has seen them. */
    private static void incidentBehindTheApi(long student, int daysAgo) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau";
        try (Connection db = DriverManager.getConnection(url, DevPostgres.USER, DevPostgres.PASSWORD)) {
            // The block behind a sequence value is the fetcher's alone, whichever optimizer the application uses.
            long id;
            try (var next = db.createStatement().executeQuery("select nextval('incident_id_seq')")) {
                next.next();
                id = next.getLong(1);
            }
            try (PreparedStatement incident = db.prepareStatement("""
                    insert into incident (id, occurred_on, type, recorded_by, recorded_at, severity, source)
                    values (?, ?, 'FIGHT', 'dba', now(), 'MODERATE', 'SCHOOL')""")) {
                incident.setLong(1, id);
                incident.setObject(2, Fixtures.today().minusDays(daysAgo));
                incident.executeUpdate();
            }
            try (PreparedStatement participant = db.prepareStatement(
                    "insert into incident_participant (incident_id, student_id, role) values (?, ?, 'PERPETRATOR')")) {
                participant.setLong(1, id);
                participant.setLong(2, student);
                participant.executeUpdate();
            }
        }
    }
}
