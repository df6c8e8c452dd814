package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages that reach people: a case assigned, a first contact due within hours, an escalation, each in the
 * notification centre of the right people and by e-mail through the real mail server (read back over IMAP), in
 * Kazakh, Russian and English; nobody hears of a child outside their jurisdiction, nobody reads another's
 * notifications, a mail carries only the case's number and link, and a mail server that is down delays mail without
 * holding up a recording.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String LAST_NAME = "Жұмабаева";
    private static final String FIRST_NAME = "Айгерім";
    private static final String NOTE = "Прощальное письмо под партой.";

    /** Each of them calls once, so that the people directory knows their address, roles and jurisdiction. */
    @BeforeAll
    static void everyoneSignedInOnce() {
        for (String user : List.of("psychologist1", "psychologist2", "director1", "coordinator1", "ombudsman1",
                "ombudsman2", "admin1")) {
            Api.Reply count = Api.as(user).get("notifications/unread-count");
            assertThat(count.status()).as(count.toString()).isEqualTo(200);
        }
    }

    @Test
    void anAssignedCaseReachesItsAssigneeInTheAppAndByMailWithItsNumberOnly() throws Exception {
        String iin = newIin();
        long caseId = criticalCaseOfANewStudent(iin);

        JsonObject notification = awaitNotification("psychologist1", "CASE_ASSIGNED", caseId);
        assertThat(notification.getString("link")).isEqualTo("/ui/case.xhtml?id=" + caseId);
        assertThat(notification.containsKey("readAt") && !notification.isNull("readAt")).isFalse();

        Mailbox.Mail mail = Mailbox.awaitMail("psychologist1@demo.qorgau.kz", "№ " + caseId + " ");
        assertThat(mail.body()).contains("/ui/case.xhtml?id=" + caseId)
                .contains("№ " + caseId + " іс сізге тағайындалды.")
                .contains("Вам назначено дело № " + caseId + ".")
                .contains("Case No. " + caseId + " was assigned to you.");
        assertThat(mail.subject() + mail.body()).as("a mail names no child and carries no note")
                .doesNotContain(LAST_NAME).doesNotContain(FIRST_NAME).doesNotContain(iin).doesNotContain(NOTE)
                .doesNotContain("Прощальное");
    }

    @Test
    void anEscalationReachesTheOmbudsmanOfTheCountryButNotTheOmbudsmanOfAnotherRegion() throws Exception {
        long caseId = criticalCaseOfANewStudent(newIin());
        moveDeadline(caseId, "now() - interval '30 hours'", "now() - interval '6 hours'");
        Api.Reply check = Api.as("admin1").post("deadline-checks", "");
        assertThat(check.status()).as(check.toString()).isEqualTo(200);

        JsonObject escalated = awaitNotification("ombudsman1", "ESCALATED", caseId);
        awaitNotification("director1", "ESCALATED", caseId);
        Mailbox.awaitMail("ombudsman1@demo.qorgau.kz", "№ " + caseId + " ");

        assertThat(notificationsOf("ombudsman2", "en")).as("region 19 is not the child's region")
                .noneMatch(n -> n.getJsonNumber("recordId").longValue() == caseId);
        assertThat(notificationsOf("psychologist2", "en")).as("school B is not the child's school")
                .noneMatch(n -> n.getJsonNumber("recordId").longValue() == caseId);
        assertThat(notificationsOf("coordinator1", "en")).as("a critical case overdue skips the coordinator")
                .noneMatch(n -> n.getJsonNumber("recordId").longValue() == caseId && n.getString("kind")
                        .equals("ESCALATED"));
        assertThat(Mailbox.mailsTo("ombudsman2@demo.qorgau.kz")).noneMatch(m -> m.subject().contains("№ " + caseId + " "));

        long id = escalated.getJsonNumber("id").longValue();
        assertThat(textOf("ombudsman1", "kk", id)).isEqualTo("№ " + caseId + " іс сізге жіберілді.");
        assertThat(textOf("ombudsman1", "ru", id)).isEqualTo("Дело № " + caseId + " передано вам.");
        assertThat(textOf("ombudsman1", "en", id)).isEqualTo("Case No. " + caseId + " was escalated to you.");

        Api.Reply stranger = Api.as("ombudsman2").post("notifications/" + id + "/read", "");
        assertThat(stranger.status()).as("only the recipient reads it: " + stranger).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        long unreadBefore = unread("ombudsman1");
        assertThat(unreadBefore).isPositive();
        Api.Reply read = Api.as("ombudsman1").post("notifications/" + id + "/read", "");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.object().getString("readAt")).isNotBlank();
        assertThat(unread("ombudsman1")).isEqualTo(unreadBefore - 1);
        assertThat(Api.as("ombudsman1").get("notifications?unread=true").array().getValuesAs(JsonObject.class))
                .noneMatch(n -> n.getJsonNumber("id").longValue() == id);
    }

    @Test
    void aFirstContactDueWithinHoursRemindsTheAssigneeOnce() throws Exception {
        long caseId = criticalCaseOfANewStudent(newIin());
        moveDeadline(caseId, "now() - interval '1 hour'", "now() + interval '2 hours'");

        Api.Reply run = Api.as("admin1").post("notification-runs/reminders", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonObject reminder = awaitNotification("psychologist1", "FIRST_CONTACT_DUE", caseId);
        assertThat(textOf("psychologist1", "ru", reminder.getJsonNumber("id").longValue()))
                .isEqualTo("Срок первого контакта по делу № " + caseId + " истекает в ближайшие часы.");
        Api.as("admin1").post("notification-runs/reminders", "");
        assertThat(notificationsOf("psychologist1", "en")).filteredOn(n -> n.getString("kind")
                        .equals("FIRST_CONTACT_DUE") && n.getJsonNumber("recordId").longValue() == caseId)
                .as("reminded once per deadline").hasSize(1);
        assertThat(Api.as("psychologist1").post("notification-runs/reminders", "").status()).isEqualTo(403);
    }

    @Test
    void eachPersonChoosesHowEachKindReachesThem() {
        Api.Reply chosen = Api.as("coordinator1").put("notifications/preferences/PRESCRIPTION_DUE",
                "{\"delivery\":\"EMAIL\"}");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        List<JsonObject> preferences = Api.as("coordinator1").get("notifications/preferences").array()
                .getValuesAs(JsonObject.class);
        assertThat(preferences).extracting(p -> p.getString("kind") + "=" + p.getString("delivery"))
                .containsExactly("CASE_ASSIGNED=EMAIL", "FIRST_CONTACT_DUE=EMAIL", "ESCALATED=EMAIL",
                        "PRESCRIPTION_DUE=EMAIL", "APPROVAL_WAITING=EMAIL", "APPROVAL_ANSWERED=EMAIL",
                        "REFERRAL_ANSWERED=EMAIL", "REFERRED_WITHOUT_CONSENT=EMAIL", "REFERRAL_OVERDUE=DIGEST");
        assertThat(Api.as("director1").get("notifications/preferences").array().getValuesAs(JsonObject.class))
                .as("one person's choice is theirs alone")
                .anyMatch(p -> p.getString("kind").equals("PRESCRIPTION_DUE") && p.getString("delivery")
                        .equals("DIGEST"));
        assertThat(Api.as("coordinator1").put("notifications/preferences/GOSSIP", "{\"delivery\":\"EMAIL\"}")
                .status()).isEqualTo(400);
        assertThat(Api.as("coordinator1").put("notifications/preferences/ESCALATED", "{\"delivery\":\"PIGEON\"}")
                .status()).isEqualTo(400);
        Api.Reply back = Api.as("coordinator1").put("notifications/preferences/PRESCRIPTION_DUE",
                "{\"delivery\":\"DIGEST\"}");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
    }

    @Test
    void whoChoseTheDigestGetsTheNotificationOnceInTheDaysMailNotAtOnce() {
        String mailbox = "psychologist1@demo.qorgau.kz";
        assertThat(Api.as("psychologist1").put("notifications/preferences/CASE_ASSIGNED", "{\"delivery\":\"DIGEST\"}")
                .status()).isEqualTo(200);
        long caseId;
        try {
            caseId = criticalCaseOfANewStudent(newIin());
            awaitNotification("psychologist1", "CASE_ASSIGNED", caseId);
            Api.Reply run = Api.as("admin1").post("notification-runs/digests", "");
            assertThat(run.status()).as(run.toString()).isEqualTo(200);
            assertThat(run.object().getInt("digests")).isPositive();
        } finally {
            Api.as("psychologist1").put("notifications/preferences/CASE_ASSIGNED", "{\"delivery\":\"EMAIL\"}");
        }
        String link = "/ui/case.xhtml?id=" + caseId;
        Predicate<Mailbox.Mail> links = m -> m.body().lines().anyMatch(line -> line.strip().endsWith(link));
        Mailbox.Mail digest = Mailbox.await("the day's digest to " + mailbox + " with case " + caseId,
                () -> Mailbox.mailsTo(mailbox).stream().filter(links).findFirst(), Duration.ofSeconds(60));
        assertThat(digest.subject()).contains("хабарлама").contains("уведомлени").contains("of the day");
        assertThat(digest.body()).contains("- № " + caseId + " іс сізге тағайындалды.: ")
                .contains("- Вам назначено дело № " + caseId + ".: ")
                .contains("- Case No. " + caseId + " was assigned to you.: ")
                .doesNotContain(LAST_NAME).doesNotContain(NOTE);

        assertThat(Api.as("admin1").post("notification-runs/digests", "").status()).isEqualTo(200);
        Api.as("admin1").post("notification-runs/outbox", "");
        assertThat(Mailbox.mailsTo(mailbox)).as("no mail of its own, and in one digest only")
                .filteredOn(m -> m.subject().contains("№ " + caseId + " ") || links.test(m)).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownDelaysMailButNeverTheRecording() throws Exception {
        TestStack.stopMail();
        long caseId;
        try {
            caseId = criticalCaseOfANewStudent(newIin());
            awaitNotification("psychologist1", "CASE_ASSIGNED", caseId);
            JsonObject waiting = Mailbox.await("a failed attempt in the outbox", () -> {
                JsonObject outbox = Api.as("admin1").get("notifications/outbox?size=500").object();
                return outbox.getJsonArray("mails").getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("address").equals("psychologist1@demo.qorgau.kz")
                                && m.getInt("attempts") > 0)
                        .findFirst();
            }, Duration.ofSeconds(60));
            assertThat(waiting.getString("lastError")).isNotBlank();
            assertThat(Api.as("admin1").get("notifications/outbox").object().getJsonNumber("pending").longValue())
                    .isPositive();
            assertThat(Api.as("psychologist1").get("notifications/outbox").status()).isEqualTo(403);
        } finally {
            TestStack.startMail();
        }
        Mailbox.await("psychologist1@demo.qorgau.kz", "№ " + caseId + " ", Duration.ofSeconds(150));
    }

    /** A new student of school A with a session that opens a critical case for psychologist1; returns the case. */
    private static long criticalCaseOfANewStudent(String iin) {
        Api.Reply student = Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"%s","firstName":"%s","birthDate":"2011-04-12","sex":"FEMALE",
                 "schoolId":%d,"grade":9,"classLetter":"B"}""".formatted(iin, LAST_NAME, FIRST_NAME, SCHOOL_A));
        assertThat(student.status()).as(student.toString()).isEqualTo(201);
        long studentId = student.object().getJsonNumber("id").longValue();
        Api.Reply session = Api.as("psychologist1").post("students/" + studentId + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", NOTE));
        assertThat(session.status()).as("the recording does not wait for mail: " + session).isEqualTo(201);
        List<JsonObject> cases = Api.as("psychologist1").get("cases?studentId=" + studentId).array()
                .getValuesAs(JsonObject.class);
        assertThat(cases).hasSize(1);
        return cases.get(0).getJsonNumber("id").longValue();
    }

    private static JsonObject awaitNotification(String user, String kind, long caseId) {
        return Mailbox.await(user + " notified " + kind + " of case " + caseId, () -> notificationsOf(user, "en").stream()
                .filter(n -> n.getString("kind").equals(kind) && n.getJsonNumber("recordId").longValue() == caseId)
                .findFirst(), Duration.ofSeconds(20));
    }

    private static List<JsonObject> notificationsOf(String user, String language) {
        Api.Reply reply = Api.as(user).inLanguage(language).get("notifications?size=500");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static String textOf(String user, String language, long id) {
        return notificationsOf(user, language).stream().filter(n -> n.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow().getString("text");
    }

    private static long unread(String user) {
        return Api.as(user).get("notifications/unread-count").object().getJsonNumber("unread").longValue();
    }

    /** As if the case had opened and fallen due at these moments: the checks compare with the server's clock. */
    private static void moveDeadline(long caseId, String openedAt, String due) throws SQLException {
        try (Connection db = Fixtures.database();
             PreparedStatement update = db.prepareStatement("update early_warning_case set opened_at = " + openedAt
                     + ", first_contact_due = " + due + " where id = ?")) {
            update.setLong(1, caseId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
