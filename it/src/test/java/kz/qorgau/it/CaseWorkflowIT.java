package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case worked through its whole workflow with real tokens (docs/PRODUCT.md section 4): who may take each step and who
 * may not, the version every change is made against, what people say about reasons, the timeline, and overdue
 * cases escalated by rule EW-10 into the inboxes of the school administration, the coordinator and the ombudsman.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWorkflowIT {

    @Test
    void aCaseNobodyWasDesignatedForIsTakenOnByAnInspectorOfTheDistrict() {
        long student = newStudentAtSchoolB();
        for (int daysAgo : new int[] {1, 6, 11}) {
            assertThat(Api.as("psychologist2").post("students/" + student + "/incidents",
                    incidentJson(daysAgo, "PERPETRATOR")).status()).isEqualTo(201);
        }
        JsonObject theCase = caseOf(student, "inspector1");
        assertThat(theCase.getString("status")).isEqualTo("NEW");
        assertThat(theCase.getJsonArray("assignees")).isEmpty();
        long id = id(theCase);

        assertProblem(Api.as("socped1").post(path(id, "take"), version(theCase)), 404);
        Api.Reply taken = Api.as("inspector1").post(path(id, "take"), version(theCase));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(taken.object().getString("status")).isEqualTo("ASSIGNED");
        assertThat(assignees(taken.object())).containsExactly("inspector1:INSPECTOR");
        assertProblem(Api.as("inspector1").post(path(id, "take"), version(taken.object())), 409);
        assertThat(eventText(timeline(id, "inspector1", "ru"), "TAKEN"))
                .isEqualTo("Нұрлан Беков взял(а) дело как инспектор ПДН.");
    }

    @Test
    void aCaseIsWorkedFromFirstContactToClosureAndEveryWrongStepIsRefused() throws SQLException {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(1, "\"SUICIDAL_IDEATION\"", "Says life has no point."));
        JsonObject theCase = caseOf(student, "psychologist1");
        long id = id(theCase);
        assertThat(theCase.getString("status")).isEqualTo("ASSIGNED");

        assertProblem(Api.as("psychologist2").post(path(id, "take"), version(theCase)), 404);
        assertProblem(Api.as("psychologist2").post(path(id, "close"), closing("RESOLVED", theCase)), 404);
        assertProblem(Api.as("inspector1").post(path(id, "first-contact"), firstContact(theCase)), 403);
        assertProblem(Api.as("director1").post(path(id, "first-contact"), firstContact(theCase)), 403);

        JsonObject reassigned = ok(Api.as("coordinator1").post(path(id, "reassign"), """
                {"role":"INSPECTOR","username":"inspector1","version":%d}""".formatted(versionOf(theCase))));
        assertThat(assignees(reassigned)).contains("inspector1:INSPECTOR");
        assertThat(listedAssignees(id)).as("the case list's column, kept by V18's trigger").contains("inspector1");
        Api.Reply stale = Api.as("psychologist1").post(path(id, "first-contact"), firstContact(theCase));
        assertProblem(stale, 409);
        assertThat(stale.object().getString("detail")).contains(String.valueOf(versionOf(reassigned)));

        JsonObject contacted = ok(Api.as("psychologist1").post(path(id, "first-contact"), firstContact(reassigned)));
        assertThat(contacted.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(contacted.getString("firstContactChannel")).isEqualTo("IN_PERSON");
        assertThat(Instant.parse(contacted.getString("firstContactAt"))).isBefore(Instant.now());
        assertProblem(Api.as("psychologist1").post(path(id, "first-contact"), firstContact(contacted)), 400);

        assertProblem(Api.as("socped1").post(path(id, "status"), status("CLOSED", contacted)), 400);
        JsonObject monitored = ok(Api.as("socped1").post(path(id, "status"), status("MONITORING", contacted)));
        assertThat(monitored.getString("status")).isEqualTo("MONITORING");

        assertProblem(Api.as("director1").post(path(id, "level"), """
                {"level":"HIGH","version":%d}""".formatted(versionOf(monitored))), 400);
        assertProblem(Api.as("director1").post(path(id, "level"), lowering("CRITICAL", monitored)), 400);
        JsonObject lowered = ok(Api.as("director1").post(path(id, "level"), lowering("HIGH", monitored)));
        assertThat(lowered.getString("level")).isEqualTo("HIGH");

        assertProblem(Api.as("psychologist1").post(path(id, "reassign"), reassignment("psychologist1", lowered)), 403);
        assertProblem(Api.as("director1").post(path(id, "reassign"), reassignment("psychologist2", lowered)), 400);
        JsonObject handedOver = reassignToATemporarySocialPedagogue(lowered);
        assertThat(assignees(handedOver)).contains("socped-relief:SOCIAL_PEDAGOGUE").doesNotContain("socped1:SOCIAL_PEDAGOGUE");

        assertProblem(Api.as("director1").post(path(id, "measures"), measure("stranger", handedOver)), 400);
        assertProblem(Api.as("director1").post(path(id, "measures"), measure("socped1", lowered)), 409);
        Api.Reply added = Api.as("director1").post(path(id, "measures"), measure("socped1", handedOver));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject visit = added.object();
        assertThat(visit.getString("status")).isEqualTo("PLANNED");
        JsonObject done = ok(Api.as("socped1").put(path(id, "measures/" + id(visit)), measureChange("DONE", visit)));
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertProblem(Api.as("socped1").put(path(id, "measures/" + id(visit)), measureChange("CANCELLED", visit)), 409);
        assertThat(Api.as("coordinator1").get(path(id, "measures")).array().getJsonObject(0).getString("status"))
                .isEqualTo("DONE");

        assertProblem(Api.as("director1").post(path(id, "close"), """
                {"note":"Safe now.","version":%d}""".formatted(versionOf(handedOver))), 400);
        JsonObject closed = ok(Api.as("director1").post(path(id, "close"), closing("RESOLVED", handedOver)));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("outcome")).isEqualTo("RESOLVED");
        assertThat(closed.getJsonArray("measures")).hasSize(1);
        assertProblem(Api.as("psychologist1").post(path(id, "first-contact"), firstContact(closed)), 400);

        List<JsonObject> timeline = timeline(id, "director1", "ru");
        assertThat(timeline).extracting(e -> e.getString("type")).containsSubsequence("ASSIGNED", "REASSIGNED",
                "FIRST_CONTACT", "STATUS_CHANGED", "LEVEL_LOWERED", "REASSIGNED", "MEASURE_ADDED", "MEASURE_UPDATED",
                "CLOSED");
        assertThat(eventText(timeline, "LEVEL_LOWERED"))
                .isEqualTo("Уровень понижен с «Критический» до «Высокий». Обоснование: Parents engaged, safety plan.");
        assertThat(eventText(timeline, "CLOSED")).isEqualTo("Дело закрыто: решено. Safe now.");
        assertThat(timeline.stream().filter(e -> e.getString("type").equals("LEVEL_LOWERED")).findFirst().orElseThrow()
                .getString("actor")).isEqualTo("director1");
    }

    @Test
    void reasonsAreMarkedKnownSnoozedAndJudgedByThePeopleOfTheCase() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(2, "\"SELF_HARM\"", "Cuts."));
        JsonObject theCase = caseOf(student, "psychologist1");
        long id = id(theCase);
        long reason = id(theCase.getJsonArray("reasons").getJsonObject(0));
        String reasonPath = "reasons/" + reason + "/";

        JsonObject known = ok(Api.as("psychologist1").post(path(id, reasonPath + "known"), """
                {"note":"Seen at the session itself.","version":%d}""".formatted(versionOf(theCase))));
        assertThat(onlyReason(known).getJsonObject("known").getString("by")).isEqualTo("psychologist1");

        assertProblem(Api.as("socped1").post(path(id, reasonPath + "snooze"), """
                {"until":"%s","version":%d}""".formatted(today().plusDays(14), versionOf(known))), 400);
        assertProblem(Api.as("socped1").post(path(id, reasonPath + "snooze"),
                snoozing(today().minusDays(1).toString(), known)), 400);
        assertProblem(Api.as("socped1").post(path(id, reasonPath + "snooze"),
                snoozing(today().plusDays(400).toString(), known)), 400);
        assertProblem(Api.as("socped1").post(path(id, reasonPath + "snooze"), snoozing(today().plusDays(14).toString(),
                theCase)), 409);
        assertProblem(Api.as("socped1").post(path(id, "reasons/999999999/snooze"),
                snoozing(today().plusDays(14).toString(), known)), 404);
        JsonObject snoozed = ok(Api.as("socped1").post(path(id, reasonPath + "snooze"),
                snoozing(today().plusDays(14).toString(), known)));
        JsonObject snooze = onlyReason(snoozed).getJsonObject("snooze");
        assertThat(snooze.getString("until")).isEqualTo(today().plusDays(14).toString());
        assertThat(snooze.getString("level")).isEqualTo("CRITICAL");
        assertThat(snooze.getBoolean("active")).isTrue();

        assertProblem(Api.as("inspector1").post(path(id, reasonPath + "usefulness"), usefulness(snoozed)), 403);
        assertProblem(Api.as("director1").post(path(id, reasonPath + "usefulness"), usefulness(snoozed)), 403);
        JsonObject judged = ok(Api.as("psychologist1").post(path(id, reasonPath + "usefulness"), usefulness(snoozed)));
        assertThat(onlyReason(judged).getJsonObject("usefulness").getBoolean("useful")).isTrue();

        List<JsonObject> timeline = timeline(id, "psychologist1", "kk");
        assertThat(timeline).extracting(e -> e.getString("type"))
                .containsSubsequence("REASON_KNOWN", "REASON_SNOOZED", "USEFULNESS_MARKED");
        assertThat(eventText(timeline, "USEFULNESS_MARKED")).isEqualTo("EW-01 ескертуі бағаланды: пайдалы. Caught it early.");
    }

    @Test
    void anOverdueCaseGoesToTheSchoolAdministrationThenToTheCoordinatorAndOnlyOnce() throws SQLException {
        long student = newStudentAtSchoolA();
        for (int daysAgo : new int[] {2, 8, 15}) {
            Api.as("director1").post("students/" + student + "/incidents", incidentJson(daysAgo, "PERPETRATOR"));
        }
        long id = id(caseOf(student, "director1"));
        assertThat(inboxItem("director1", id)).isEmpty();

        moveDeadline(id, 100, 28);
        checkDeadlines();

        JsonObject atSchool = inboxItem("director1", id).orElseThrow();
        assertThat(atSchool.getBoolean("overdue")).isTrue();
        assertThat(atSchool.getString("level")).isEqualTo("HIGH");
        assertThat(targets(atSchool)).containsExactly("EW-10:SCHOOL_ADMIN");
        assertThat(inboxItem("coordinator1", id)).isEmpty();
        assertThat(inboxItem("ombudsman1", id)).isEmpty();
        assertThat(inboxItem("psychologist2", id)).isEmpty();

        moveDeadline(id, 150, 78);
        checkDeadlines();
        checkDeadlines();

        JsonObject atRegion = inboxItem("coordinator1", id).orElseThrow();
        assertThat(targets(atRegion)).containsExactly("EW-10:SCHOOL_ADMIN", "EW-10:COORDINATOR");
        assertThat(inboxItem("ombudsman1", id)).isEmpty();
        assertThat(timeline(id, "coordinator1", "en")).filteredOn(e -> e.getString("type").equals("ESCALATED"))
                .extracting(e -> e.getString("text"))
                .containsExactly("Escalated by rule EW-10 to the school administration.",
                        "Escalated by rule EW-10 to the coordinator.");
        assertProblem(Api.as("director1").post("deadline-checks", ""), 403);
    }

    @Test
    void aCriticalCaseOverdueReachesTheOmbudsman() throws SQLException {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "Farewell letter."));
        long id = id(caseOf(student, "psychologist1"));

        moveDeadline(id, 30, 6);
        checkDeadlines();

        JsonObject item = inboxItem("ombudsman1", id).orElseThrow();
        assertThat(item.getString("level")).isEqualTo("CRITICAL");
        assertThat(targets(item)).containsExactlyInAnyOrder("EW-10:SCHOOL_ADMIN", "EW-10:OMBUDSMAN");
        assertThat(inboxItem("director1", id)).isPresent();
        assertThat(inboxItem("coordinator1", id)).isEmpty();
        assertThat(inboxItem("ombudsman2", id)).isEmpty();
    }

    @Test
    void anAssigneeFindsTheirOpenCasesInTheInboxByDeadlineUntilTheCaseCloses() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(0, "\"SELF_HARM\"", "Scars."));
        JsonObject theCase = caseOf(student, "psychologist1");
        long id = id(theCase);

        JsonObject item = inboxItem("psychologist1", id).orElseThrow();
        assertThat(item.getBoolean("overdue")).isFalse();
        assertThat(item.getString("due")).isEqualTo(theCase.getString("firstContactDue"));
        assertThat(item.getString("schoolName")).isEqualTo("School-gymnasium No. 1");
        assertThat(inboxItem("socped1", id)).isPresent();
        assertThat(inboxItem("psychologist2", id)).isEmpty();
        List<Instant> dues = Api.as("psychologist1").get("inbox?size=500").array().getValuesAs(JsonObject.class).stream()
                .map(i -> Instant.parse(i.getString("due"))).toList();
        assertThat(dues).isSorted();

        ok(Api.as("director1").post(path(id, "close"), closing("FALSE_ALARM", theCase)));

        assertThat(inboxItem("psychologist1", id)).isEmpty();
    }

    private static long newStudentAtSchoolB() {
        Api.Reply reply = Api.as("psychologist2").post("students", studentJson(newIin(), SCHOOL_B));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id(reply.object());
    }

    /** A person designated for the role only while the case is handed to them, so that other cases go as before. */
    private static JsonObject reassignToATemporarySocialPedagogue(JsonObject theCase) {
        Api director = Api.as("director1");
        Api.Reply designated = director.post("schools/" + SCHOOL_A + "/staff",
                "{\"username\":\"socped-relief\",\"role\":\"SOCIAL_PEDAGOGUE\"}");
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        Api.Reply handedOver = director.post(path(id(theCase), "reassign"), reassignment("socped-relief", theCase));
        assertThat(director.delete("schools/" + SCHOOL_A + "/staff/" + id(designated.object())).status()).isEqualTo(204);
        return ok(handedOver);
    }

    /** The assignees as the case list reads them from the case row. */
    private static String listedAssignees(long caseId) throws SQLException {
        try (Connection db = Fixtures.database();
             PreparedStatement query = db.prepareStatement("select assignees from early_warning_case where id = ?")) {
            query.setLong(1, caseId);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static JsonObject caseOf(long student, String user) {
        List<JsonObject> cases = Api.as(user).get("cases?studentId=" + student).array().getValuesAs(JsonObject.class);
        assertThat(cases).as("cases of student %d", student).hasSize(1);
        return cases.get(0);
    }

    private static Optional<JsonObject> inboxItem(String user, long caseId) {
        Api.Reply inbox = Api.as(user).get("inbox?size=500");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals("CASE") && i.getJsonNumber("caseId").longValue() == caseId)
                .findFirst();
    }

    private static List<String> assignees(JsonObject theCase) {
        return theCase.getJsonArray("assignees").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("username") + ":" + a.getString("role"))
                .toList();
    }

    private static List<String> targets(JsonObject inboxItem) {
        return inboxItem.getJsonArray("escalations").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("ruleId") + ":" + e.getString("target"))
                .toList();
    }

    private static List<JsonObject> timeline(long caseId, String user, String language) {
        Api.Reply reply = Api.as(user).inLanguage(language).get(path(caseId, "timeline"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static String eventText(List<JsonObject> timeline, String type) {
        return timeline.stream().filter(e -> e.getString("type").equals(type)).reduce((a, b) -> b).orElseThrow()
                .getString("text");
    }

    private static void checkDeadlines() {
        Api.Reply run = Api.as("admin1").post("deadline-checks", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
    }

    /** As if the case had opened that long ago: the deadline check compares with the server's clock. */
    private static void moveDeadline(long caseId, int openedHoursAgo, int dueHoursAgo) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau");
             PreparedStatement update = db.prepareStatement("""
                     update early_warning_case
                     set opened_at = now() - make_interval(hours => ?), first_contact_due = now() - make_interval(hours => ?)
                     where id = ?""")) {
            update.setInt(1, openedHoursAgo);
            update.setInt(2, dueHoursAgo);
            update.setLong(3, caseId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static JsonObject onlyReason(JsonObject theCase) {
        assertThat(theCase.getJsonArray("reasons")).hasSize(1);
        return theCase.getJsonArray("reasons").getJsonObject(0);
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    }

    private static String path(long caseId, String step) {
        return "cases/" + caseId + "/" + step;
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static long versionOf(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    private static String version(JsonObject theCase) {
        return "{\"version\":%d}".formatted(versionOf(theCase));
    }

    private static String firstContact(JsonObject theCase) {
        return """
                {"at":"%s","channel":"IN_PERSON","note":"Talked with her after class; she agreed to meet again.",
                 "version":%d}""".formatted(Instant.now(), versionOf(theCase));
    }

    private static String status(String status, JsonObject theCase) {
        return "{\"status\":\"%s\",\"version\":%d}".formatted(status, versionOf(theCase));
    }

    private static String closing(String outcome, JsonObject theCase) {
        return "{\"outcome\":\"%s\",\"note\":\"Safe now.\",\"version\":%d}".formatted(outcome, versionOf(theCase));
    }

    private static String lowering(String level, JsonObject theCase) {
        return """
                {"level":"%s","justification":"Parents engaged, safety plan.","version":%d}"""
                .formatted(level, versionOf(theCase));
    }

    private static String reassignment(String username, JsonObject theCase) {
        return "{\"role\":\"SOCIAL_PEDAGOGUE\",\"username\":\"%s\",\"version\":%d}"
                .formatted(username, versionOf(theCase));
    }

    private static String measure(String responsible, JsonObject theCase) {
        return """
                {"kind":"HOME_VISIT","responsible":"%s","dueOn":"%s","note":"With the class teacher.","version":%d}"""
                .formatted(responsible, today().plusDays(7), versionOf(theCase));
    }

    private static String measureChange(String status, JsonObject measure) {
        return """
                {"status":"%s","responsible":"socped1","dueOn":"%s","note":"Visited.","version":%d}"""
                .formatted(status, today().plusDays(7), versionOf(measure));
    }

    private static String snoozing(String until, JsonObject theCase) {
        return "{\"until\":\"%s\",\"reason\":\"Known family situation, weekly sessions.\",\"version\":%d}"
                .formatted(until, versionOf(theCase));
    }

    private static String usefulness(JsonObject theCase) {
        return "{\"useful\":true,\"note\":\"Caught it early.\",\"version\":%d}".formatted(versionOf(theCase));
    }
}
