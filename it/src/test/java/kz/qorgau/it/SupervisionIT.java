package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision (docs/PRODUCT.md section 4): a worker's closing or lowering of a HIGH or CRITICAL case waits for the
 * school's administrator, who approves it or sends it back; the case stays as it was until then. The supervisor hears
 * of the request, and the worker of the answer, in the app and by a mail that carries the case's number only.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    private static final String LAST_NAME = "Сейітқалиева";
    private static final String FIRST_NAME = "Әйгерім";
    private static final String REASON = "Тырнақ іздері мысықтан, өзіне зақым келтірмеген.";

    @Test
    void aWorkersClosingOfACriticalCaseWaitsUntilTheDirectorApprovesIt() {
        JsonObject theCase = criticalCaseOf(newStudentAtSchoolA(), "psychologist1");
        long id = id(theCase);

        assertProblem(Api.as("psychologist1").post(path(id, "close"), """
                {"outcome":"RESOLVED","note":"No contact yet.","version":%d}""".formatted(version(theCase))), 400);
        Api.Reply requested = Api.as("psychologist1").post(path(id, "close"), """
                {"outcome":"FALSE_ALARM","note":"Scratches from the cat.","version":%d}""".formatted(version(theCase)));

        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        JsonObject request = requested.object();
        long requestId = id(request);
        assertThat(request.getString("kind")).isEqualTo("CLOSE");
        assertThat(request.getString("status")).isEqualTo("PENDING");
        assertThat(request.getString("outcome")).isEqualTo("FALSE_ALARM");
        assertThat(request.getString("reason")).isEqualTo("Scratches from the cat.");
        assertThat(request.getString("requestedBy")).isEqualTo("psychologist1");
        assertThat(request.getString("supervisorRole")).isEqualTo("school-admin");

        JsonObject waiting = Api.as("psychologist1").get("cases/" + id).object();
        assertThat(waiting.getString("status")).as("the case stays as it was").isEqualTo(theCase.getString("status"));
        assertThat(waiting.getString("level")).isEqualTo("CRITICAL");
        assertThat(version(waiting)).isEqualTo(version(theCase));
        assertThat(id(waiting.getJsonObject("pendingApproval"))).isEqualTo(requestId);
        assertProblem(Api.as("psychologist1").post(path(id, "close"), """
                {"outcome":"FALSE_ALARM","note":"Again.","version":%d}""".formatted(version(waiting))), 409);

        List<JsonObject> inbox = Api.as("director1").get("approvals").array().getValuesAs(JsonObject.class);
        assertThat(inbox).extracting(SupervisionIT::id).contains(requestId);
        assertThat(inbox).extracting(r -> Instant.parse(r.getString("requestedAt"))).as("oldest first").isSorted();
        assertThat(Api.as("coordinator1").get("approvals").array().getValuesAs(JsonObject.class))
                .as("school staff answer to their school's administrator").extracting(SupervisionIT::id)
                .doesNotContain(requestId);

        assertProblem(Api.as("psychologist1").post(approval(requestId, "approve"), "{}"), 403);
        assertProblem(Api.as("coordinator1").post(approval(requestId, "approve"), "{}"), 403);

        Api.Reply approved = Api.as("director1").post(approval(requestId, "approve"), "{}");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        JsonObject closed = approved.object();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("outcome")).isEqualTo("FALSE_ALARM");
        assertThat(closed.getString("closingNote")).isEqualTo("Scratches from the cat.");
        assertThat(closed.get("pendingApproval")).as("none waits").isIn(null, JsonValue.NULL);
        assertThat(eventTypes(id)).containsSubsequence("APPROVAL_REQUESTED", "APPROVED", "CLOSED");
        assertThat(eventText(id, "APPROVED", "ru")).startsWith("Согласовано: закрытие дела");
        assertThat(Api.as("director1").get("approvals").array().getValuesAs(JsonObject.class))
                .extracting(SupervisionIT::id).doesNotContain(requestId);
        assertProblem(Api.as("director1").post(approval(requestId, "approve"), "{}"), 400);
    }

    @Test
    void aLoweringSentBackLeavesTheCaseAsItWasWithTheDirectorsComment() {
        JsonObject theCase = criticalCaseOf(newStudentAtSchoolA(), "psychologist1");
        long id = id(theCase);
        Api.Reply requested = Api.as("psychologist1").post(path(id, "level"), """
                {"level":"HIGH","justification":"Parents engaged.","version":%d}""".formatted(version(theCase)));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        long requestId = id(requested.object());
        assertThat(requested.object().getString("kind")).isEqualTo("LOWER_LEVEL");
        assertThat(requested.object().getString("level")).isEqualTo("HIGH");

        assertProblem(Api.as("director1").post(approval(requestId, "send-back"), "{}"), 400);
        Api.Reply sentBack = Api.as("director1").post(approval(requestId, "send-back"),
                "{\"comment\":\"Wait for the home visit first.\"}");

        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        assertThat(sentBack.object().getString("level")).isEqualTo("CRITICAL");
        assertThat(sentBack.object().get("pendingApproval")).as("none waits").isIn(null, JsonValue.NULL);
        assertThat(version(sentBack.object())).isEqualTo(version(theCase));
        assertThat(eventTypes(id)).contains("APPROVAL_REQUESTED", "SENT_BACK").doesNotContain("LEVEL_LOWERED");
        assertThat(eventText(id, "SENT_BACK", "kk")).contains("деңгейді төмендету")
                .contains("Wait for the home visit first.");
        assertProblem(Api.as("director1").post(approval(requestId, "approve"), "{}"), 400);

        Api.Reply again = Api.as("psychologist1").post(path(id, "level"), """
                {"level":"HIGH","justification":"The home visit went well.","version":%d}"""
                .formatted(version(theCase)));
        assertThat(again.status()).as("asked anew after the comment: " + again).isEqualTo(202);
        assertThat(Fixtures.approvedBy("director1", again).getString("level")).isEqualTo("HIGH");
        assertThat(eventTypes(id)).containsSubsequence("SENT_BACK", "APPROVAL_REQUESTED", "APPROVED",
                "LEVEL_LOWERED");
    }

    @Test
    void aSupervisorOutsideTheSchoolFindsNoRequestThere() {
        Api.Reply student = Api.as("psychologist2").post("students", studentJson(newIin(), SCHOOL_B));
        assertThat(student.status()).as(student.toString()).isEqualTo(201);
        JsonObject theCase = criticalCaseOf(id(student.object()), "psychologist2");
        long id = id(theCase);
        Api.Reply requested = Api.as("psychologist2").post(path(id, "close"), """
                {"outcome":"FALSE_ALARM","note":"Misread.","version":%d}""".formatted(version(theCase)));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        long requestId = id(requested.object());

        assertProblem(Api.as("director1").post(approval(requestId, "approve"), "{}"), 404);
        assertProblem(Api.as("director1").post(approval(requestId, "send-back"), "{\"comment\":\"No.\"}"), 404);
        assertThat(Api.as("director1").get("approvals").array().getValuesAs(JsonObject.class))
                .extracting(SupervisionIT::id).doesNotContain(requestId);
        assertThat(Api.as("admin1").get("cases/" + id).object().getString("status")).isNotEqualTo("CLOSED");
    }

    @Test
    void anInspectorAnswersToTheSupervisorTheTableNamesAndTheTableCanChangeIt() throws SQLException {
        JsonObject theCase = criticalCaseOf(newStudentAtSchoolA(), "psychologist1");
        Api.Reply taken = Api.as("inspector1").post(path(id(theCase), "take"),
                "{\"version\":" + version(theCase) + "}");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        long id = id(theCase);

        JsonObject first = lowering(id, "inspector1", version(taken.object()));
        assertThat(first.getString("supervisorRole")).isEqualTo("coordinator");
        assertThat(waitingFor("coordinator1")).contains(id(first));
        assertThat(waitingFor("director1")).as("inspectors answer to the coordinator").doesNotContain(id(first));
        assertProblem(Api.as("director1").post(approval(id(first), "approve"), "{}"), 403);
        Api.Reply sentBack = Api.as("coordinator1").post(approval(id(first), "send-back"),
                "{\"comment\":\"Мектеп әкімшілігімен келісіңіз.\"}");
        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);

        try (Connection db = Fixtures.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update supervision_rule set supervisor_role = 'school-admin'"
                    + " where worker_role = 'inspector'");
            try {
                JsonObject second = lowering(id, "inspector1",
                        version(Api.as("inspector1").get("cases/" + id).object()));

                assertThat(second.getString("supervisorRole")).isEqualTo("school-admin");
                assertThat(waitingFor("director1")).contains(id(second));
                assertThat(waitingFor("coordinator1")).doesNotContain(id(second));
                assertThat(Api.as("director1").post(approval(id(second), "approve"), "{}").object()
                        .getString("level")).isEqualTo("HIGH");
            } finally {
                sql.executeUpdate("update supervision_rule set supervisor_role = 'coordinator'"
                        + " where worker_role = 'inspector'");
            }
        }
    }

    private static JsonObject lowering(long caseId, String worker, long version) {
        Api.Reply requested = Api.as(worker).post(path(caseId, "level"), """
                {"level":"HIGH","justification":"Бала қауіпсіз, анасымен сөйлестік.","version":%d}"""
                .formatted(version));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        return requested.object();
    }

    private static List<Long> waitingFor(String supervisor) {
        return Api.as(supervisor).get("approvals").array().getValuesAs(JsonObject.class).stream()
                .map(SupervisionIT::id).toList();
    }

    @Test
    void aLowCaseClosesAtOnce() {
        long child = newStudentAtSchoolA();
        Api.Reply family = Api.as("socped1").post("families",
                "{\"schoolId\":" + SCHOOL_A + ",\"address\":\"Алматы, ул. Абая, 12\",\"flags\":[]}");
        long familyId = id(family.object());
        assertThat(Api.as("socped1").post("families/" + familyId + "/members", "{\"studentId\":" + child + "}")
                .status()).isEqualTo(200);
        assertThat(Api.as("inspector1").post("families/" + familyId + "/police-registration", """
                {"registeredOn":"%s","reason":"Неисполнение родительских обязанностей"}""".formatted(today()))
                .status()).isEqualTo(201);
        JsonObject theCase = onlyCaseOf(child);
        assertThat(theCase.getString("level")).isEqualTo("LOW");

        Api.Reply closed = Api.as("socped1").post(path(id(theCase), "close"), """
                {"outcome":"FALSE_ALARM","note":"The family is known and supported.","version":%d}"""
                .formatted(version(theCase)));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.object().getString("status")).isEqualTo("CLOSED");
        assertThat(eventTypes(id(theCase))).doesNotContain("APPROVAL_REQUESTED");
    }

    @Test
    void theDirectorHearsOfTheRequestByMailWithTheCaseNumberOnlyAndTheWorkerHearsTheAnswer() {
        for (String user : List.of("psychologist1", "director1", "coordinator1")) {
            assertThat(Api.as(user).get("notifications/unread-count").status()).as("%s known to the directory", user)
                    .isEqualTo(200);
        }
        String iin = newIin();
        Api.Reply student = Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"%s","firstName":"%s","birthDate":"2011-04-12","sex":"FEMALE",
                 "schoolId":%d,"grade":9,"classLetter":"B"}""".formatted(iin, LAST_NAME, FIRST_NAME, SCHOOL_A));
        assertThat(student.status()).as(student.toString()).isEqualTo(201);
        JsonObject theCase = criticalCaseOf(id(student.object()), "psychologist1");
        long id = id(theCase);
        Api.Reply requested = Api.as("psychologist1").post(path(id, "close"), """
                {"outcome":"FALSE_ALARM","note":"%s","version":%d}""".formatted(REASON, version(theCase)));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        long requestId = id(requested.object());

        Api.Reply own = Api.as("psychologist1").inLanguage("ru").post(approval(requestId, "approve"), "{}");
        assertProblem(own, 403);
        assertThat(own.object().getString("detail")).as("a worker approves nothing, their own request least")
                .isEqualTo("Ваша роль не позволяет выполнить это действие.");
        JsonObject waiting = awaitNotification("director1", "APPROVAL_WAITING", id);
        assertThat(waiting.getString("link")).isEqualTo("/ui/case.xhtml?id=" + id);
        Mailbox.Mail mail = Mailbox.await("director1@demo.qorgau.kz", "case No. " + id + " waits",
                Duration.ofSeconds(60));
        assertThat(mail.body()).contains("/ui/case.xhtml?id=" + id)
                .contains("№ " + id + " іс бойынша өзгеріс сіздің келісіміңізді күтеді.")
                .contains("Изменение по делу № " + id + " ждёт вашего согласования.");
        assertThat(mail.subject() + mail.body()).as("a mail names no child and carries no reason")
                .doesNotContain(LAST_NAME).doesNotContain(FIRST_NAME).doesNotContain(iin).doesNotContain(REASON)
                .doesNotContain("мысық");
        assertThat(notificationsOf("coordinator1")).as("the coordinator supervises inspectors, not school staff")
                .noneMatch(n -> n.getString("kind").equals("APPROVAL_WAITING")
                        && n.getJsonNumber("recordId").longValue() == id);

        Api.Reply sentBack = Api.as("director1").post(approval(requestId, "send-back"),
                "{\"comment\":\"Сначала поговорите с матерью.\"}");
        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        awaitNotification("psychologist1", "APPROVAL_ANSWERED", id);
        Mailbox.Mail answer = Mailbox.await("psychologist1@demo.qorgau.kz", "request on case No. " + id + " ",
                Duration.ofSeconds(60));
        assertThat(answer.subject() + answer.body()).as("nor the comment").doesNotContain("матерью")
                .doesNotContain(LAST_NAME);
    }

    /** A self-harm session opens a CRITICAL case, which the psychologist answers for. */
    private static JsonObject criticalCaseOf(long student, String psychologist) {
        Api.Reply session = Api.as(psychologist).post("students/" + student + "/sessions",
                sessionJson(0, "\"SELF_HARM\"", "Cuts on the arms."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        JsonObject theCase = onlyCaseOf(student);
        assertThat(theCase.getString("level")).isEqualTo("CRITICAL");
        boolean answers = theCase.getJsonArray("assignees").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("username").equals(psychologist));
        if (answers) {
            return theCase;
        }
        Api.Reply taken = Api.as(psychologist).post(path(id(theCase), "take"),
                "{\"version\":" + version(theCase) + "}");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        return taken.object();
    }

    private static JsonObject awaitNotification(String user, String kind, long caseId) {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            var found = notificationsOf(user).stream().filter(n -> n.getString("kind").equals(kind)
                    && n.getJsonNumber("recordId").longValue() == caseId).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(user + " was not notified " + kind + " of case " + caseId);
    }

    private static List<JsonObject> notificationsOf(String user) {
        Api.Reply reply = Api.as(user).get("notifications?size=500");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static List<String> eventTypes(long caseId) {
        return timeline(caseId, "en").stream().map(e -> e.getString("type")).toList();
    }

    private static String eventText(long caseId, String type, String language) {
        return timeline(caseId, language).stream().filter(e -> e.getString("type").equals(type))
                .reduce((first, second) -> second).orElseThrow().getString("text");
    }

    private static List<JsonObject> timeline(long caseId, String language) {
        Api.Reply reply = Api.as("admin1").inLanguage(language).get("cases/" + caseId + "/timeline?size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    }

    private static String path(long caseId, String step) {
        return "cases/" + caseId + "/" + step;
    }

    private static String approval(long requestId, String step) {
        return "approvals/" + requestId + "/" + step;
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject theCase) {
        return theCase.getJsonNumber("version").longValue();
    }
}
