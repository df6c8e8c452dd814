package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals to services, with consent: the coordinator's catalogue, the guardian's consents as a history, a referral
 * on a consent or on a legal ground (never on neither), the referral's life, and the child outside one's jurisdiction.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralsIT {

    private static final String KAZAKH_GUARDIAN = "Сұлтанова Әйгүл Нұрланқызы";
    private static final String RUSSIAN_GUARDIAN = "Щербакова Фёкла Юрьевна";

    /** Each of them calls once, so that the people directory knows their address, roles and jurisdiction. */
    @BeforeAll
    static void everyoneSignedInOnce() {
        for (String user : List.of("psychologist1", "director1", "coordinator1")) {
            Api.Reply count = Api.as(user).get("notifications/unread-count");
            assertThat(count.status()).as(count.toString()).isEqualTo(200);
        }
    }

    @Test
    void theCoordinatorKeepsTheCatalogueAndOthersOnlyReadIt() {
        Api.Reply added = Api.as("coordinator1").post("services", serviceJson(75, "SHELTER"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getJsonObject("name").getString("kk")).isEqualTo("Жасөспірімдерге арналған орталық");
        assertProblem(Api.as("psychologist1").post("services", serviceJson(75, "SHELTER")), 403);
        assertProblem(Api.as("director1").post("services", serviceJson(75, "NGO")), 403);
        assertProblem(Api.as("coordinator1").post("services", serviceJson(19, "NGO")), 403);
        Api.Reply read = Api.as("psychologist1").get("services");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.array().getValuesAs(JsonObject.class)).extracting(s -> id(s)).contains(id(added.object()));
    }

    @Test
    void consentsAreAHistoryInTheGuardiansOwnSpelling() {
        long student = newStudentAtSchoolA();

        Api.Reply signed = Api.as("psychologist1").post(consents(student), consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM",
                null, false));
        assertProblem(Api.as("psychologist1").post(consents(student), consentJson(RUSSIAN_GUARDIAN,
                "VERBAL_WITH_WITNESS", null, false)), 400);
        Api.Reply verbal = Api.as("psychologist1").post(consents(student), consentJson(RUSSIAN_GUARDIAN,
                "VERBAL_WITH_WITNESS", "Классный руководитель Ким Ю. В.", false));
        Api.Reply withdrawn = Api.as("psychologist1").post(consents(student), consentJson(KAZAKH_GUARDIAN,
                "SIGNED_FORM", null, true));

        assertThat(List.of(signed.status(), verbal.status(), withdrawn.status())).containsOnly(201);
        Api.Reply history = Api.as("psychologist1").get(consents(student));
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<JsonObject> records = history.array().getValuesAs(JsonObject.class);
        assertThat(records).extracting(r -> r.getString("guardianName"))
                .containsExactly(KAZAKH_GUARDIAN, RUSSIAN_GUARDIAN, KAZAKH_GUARDIAN);
        assertThat(records).extracting(r -> r.getBoolean("withdrawal")).containsExactly(false, false, true);
        String body = new String(history.body(), StandardCharsets.UTF_8);
        assertThat(body).contains(KAZAKH_GUARDIAN).contains(RUSSIAN_GUARDIAN);
        assertProblem(Api.as("psychologist2").get(consents(student)), 404);
    }

    @Test
    void aChildIsReferredOnConsentOrOnALegalGroundNeverOnNeither() {
        long service = id(ok(Api.as("coordinator1").post("services", serviceJson(75, "MENTAL_HEALTH_CENTRE")), 201));
        long student = newStudentAtSchoolA();
        long theCase = openCase(student);
        long consent = id(ok(Api.as("psychologist1").post(consents(student),
                consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM", null, false)), 201));

        Api.Reply neither = Api.as("psychologist1").inLanguage("ru").post(referrals(theCase), """
                {"serviceId":%d,"reason":"Тревожность, нарушения сна","dueOn":"%s"}""".formatted(service, today().plusDays(14)));
        assertProblem(neither, 400);
        assertThat(neither.object().getString("detail")).contains("consentId").contains("override")
                .contains("согласие");
        assertProblem(Api.as("psychologist1").post(referrals(theCase), """
                {"serviceId":%d,"reason":"Anxiety","dueOn":"%s","override":{"ground":"THREAT_TO_LIFE"}}"""
                .formatted(service, today().plusDays(14))), 400);

        JsonObject onConsent = ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 201);
        assertThat(onConsent.getString("status")).isEqualTo("SENT");
        assertThat(onConsent.getJsonNumber("consentId").longValue()).isEqualTo(consent);

        JsonObject onGround = ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service, """
                "override":{"ground":"THREAT_TO_LIFE","note":"Сказала, что не хочет жить"}""")), 201);
        assertThat(onGround.getString("overrideGround")).isEqualTo("THREAT_TO_LIFE");
        List<JsonObject> timeline = Api.as("director1").inLanguage("ru").get("cases/" + theCase + "/timeline")
                .array().getValuesAs(JsonObject.class);
        assertThat(timeline).filteredOn(e -> e.getString("type").equals("REFERRED_WITHOUT_CONSENT"))
                .singleElement().satisfies(e -> assertThat(e.getString("text"))
                        .contains("угроза жизни ребёнка").contains("Сказала, что не хочет жить"));

        ok(Api.as("psychologist1").post(consents(student), consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM", null, true)),
                201);
        assertProblem(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 400);
        assertThat(Api.as("psychologist1").get(referrals(theCase)).array()).hasSize(2);
    }

    @Test
    void aReferralLivesFromSentToDoneAndRefusesAStepItCannotTake() {
        long service = id(ok(Api.as("coordinator1").post("services", serviceJson(75, "POLYCLINIC")), 201));
        long student = newStudentAtSchoolA();
        long theCase = openCase(student);
        long consent = id(ok(Api.as("psychologist1").post(consents(student),
                consentJson(RUSSIAN_GUARDIAN, "VERBAL_WITH_WITNESS", "Ким Ю. В.", false)), 201));
        long referral = id(ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 201));
        long declined = id(ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 201));

        assertProblem(Api.as("psychologist1").post(status(referral), statusJson("DONE", "Осмотрен")), 400);
        assertThat(ok(Api.as("psychologist1").post(status(referral), statusJson("ACCEPTED", null)), 200)
                .getString("status")).isEqualTo("ACCEPTED");
        assertProblem(Api.as("director1").post(status(referral), statusJson("DONE", null)), 400);
        JsonObject done = ok(Api.as("director1").post(status(referral), statusJson("DONE", "Осмотрен педиатром")), 200);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getString("answer")).isEqualTo("Осмотрен педиатром");
        assertProblem(Api.as("psychologist1").post(status(referral), statusJson("REVOKED", null)), 400);

        assertThat(ok(Api.as("psychologist1").post(status(declined), statusJson("DECLINED", "Нет мест")), 200)
                .getString("answer")).isEqualTo("Нет мест");
        assertProblem(Api.as("psychologist1").post(status(declined), statusJson("ACCEPTED", null)), 400);
        assertProblem(Api.as("inspector1").post(status(declined), statusJson("REVOKED", null)), 403);
    }

    @Test
    void theReferringWorkerHearsOfTheAnswerAndTheSupervisorOfAnOverrideInTheAppAndByMail() {
        long service = id(ok(Api.as("coordinator1").post("services", serviceJson(75, "NGO")), 201));
        long student = newStudentAtSchoolA();
        long theCase = openCase(student);
        long consent = id(ok(Api.as("psychologist1").post(consents(student),
                consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM", null, false)), 201));
        long referral = id(ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 201));
        ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service, """
                "override":{"ground":"COURT_ORDER","note":"Постановление суда № 2-118"}""")), 201);

        awaitNotification("director1", "REFERRED_WITHOUT_CONSENT", theCase);
        Mailbox.Mail override = Mailbox.awaitMail("director1@demo.qorgau.kz",
                "Ребёнок по делу № " + theCase + " направлен без согласия");
        assertThat(override.body()).contains("/ui/case.xhtml?id=" + theCase)
                .contains("№ " + theCase + " іс бойынша бала заңды өкілінің келісімінсіз жолданды.");
        assertThat(notificationsOf("coordinator1")).as("a psychologist's supervisor is the school's administrator")
                .noneMatch(n -> n.getString("kind").equals("REFERRED_WITHOUT_CONSENT")
                        && n.getJsonNumber("recordId").longValue() == theCase);

        ok(Api.as("director1").post(status(referral), statusJson("DECLINED", "Нет мест до сентября")), 200);
        JsonObject answered = awaitNotification("psychologist1", "REFERRAL_ANSWERED", theCase);
        assertThat(answered.getString("link")).isEqualTo("/ui/case.xhtml?id=" + theCase);
        Mailbox.Mail mail = Mailbox.awaitMail("psychologist1@demo.qorgau.kz",
                "По направлению по делу № " + theCase + " получен ответ.");
        assertThat(mail.body()).contains("A referral of case No. " + theCase + " was answered.");
        for (Mailbox.Mail m : List.of(override, mail)) {
            assertThat(m.subject() + m.body()).as("a mail names no child, guardian, reason nor answer")
                    .doesNotContain("Test").doesNotContain("Student").doesNotContain("Сұлтанова")
                    .doesNotContain("Тревожность").doesNotContain("Нет мест").doesNotContain("Постановление");
        }
        assertThat(notificationsOf("director1")).as("nobody hears of the answer they recorded themselves")
                .noneMatch(n -> n.getString("kind").equals("REFERRAL_ANSWERED")
                        && n.getJsonNumber("recordId").longValue() == theCase);
    }

    @Test
    void aReferralUnansweredPastItsDueDateIsFlaggedAndRemindsItsWorkerOnce() {
        long service = id(ok(Api.as("coordinator1").post("services", serviceJson(75, "POLYCLINIC")), 201));
        long student = newStudentAtSchoolA();
        long theCase = openCase(student);
        long consent = id(ok(Api.as("psychologist1").post(consents(student),
                consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM", null, false)), 201));
        JsonObject late = ok(Api.as("psychologist1").post(referrals(theCase), """
                {"serviceId":%d,"reason":"Осмотр","dueOn":"%s","consentId":%d}""".formatted(service,
                today().minusDays(1), consent)), 201);
        JsonObject onTime = ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 201);

        assertThat(late.getBoolean("overdue")).isTrue();
        assertThat(onTime.getBoolean("overdue")).isFalse();
        Api.Reply run = Api.as("admin1").post("notification-runs/reminders", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.object().getInt("overdueReferrals")).isPositive();
        awaitNotification("psychologist1", "REFERRAL_OVERDUE", theCase);
        Api.as("admin1").post("notification-runs/reminders", "");
        assertThat(notificationsOf("psychologist1")).as("reminded once per due date")
                .filteredOn(n -> n.getString("kind").equals("REFERRAL_OVERDUE")
                        && n.getJsonNumber("recordId").longValue() == theCase).hasSize(1);
    }

    @Test
    void aChildOutsideOnesJurisdictionIsNotFound() {
        long service = id(ok(Api.as("coordinator1").post("services", serviceJson(75, "SOCIAL_PROTECTION")), 201));
        long student = newStudentAtSchoolA();
        long theCase = openCase(student);
        long consent = id(ok(Api.as("psychologist1").post(consents(student),
                consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM", null, false)), 201));
        long referral = id(ok(Api.as("psychologist1").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 201));

        assertProblem(Api.as("psychologist2").post(referrals(theCase), referralJson(service,
                "\"consentId\":" + consent)), 404);
        assertProblem(Api.as("psychologist2").post(status(referral), statusJson("REVOKED", null)), 404);
        assertProblem(Api.as("psychologist2").get(referrals(theCase)), 404);
        assertProblem(Api.as("psychologist2").post(consents(student),
                consentJson(KAZAKH_GUARDIAN, "SIGNED_FORM", null, false)), 404);
    }

    /** A suicidal-ideation session opens a case that psychologist1 answers for. */
    private static long openCase(long student) {
        ok(Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(1, "\"SUICIDAL_IDEATION\"", "Говорит, что жить незачем.")), 201);
        List<JsonObject> cases = Api.as("psychologist1").get("cases?studentId=" + student).array()
                .getValuesAs(JsonObject.class);
        assertThat(cases).as("cases of student %d", student).hasSize(1);
        return id(cases.get(0));
    }

    private static JsonObject awaitNotification(String user, String kind, long caseId) {
        return Mailbox.await(user + " notified " + kind + " of case " + caseId, () -> notificationsOf(user).stream()
                .filter(n -> n.getString("kind").equals(kind) && n.getJsonNumber("recordId").longValue() == caseId)
                .findFirst(), Duration.ofSeconds(20));
    }

    private static List<JsonObject> notificationsOf(String user) {
        Api.Reply reply = Api.as(user).inLanguage("en").get("notifications?size=500");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static String serviceJson(long region, String kind) {
        return """
                {"regionId":%d,"kind":"%s","name":{"kk":"Жасөспірімдерге арналған орталық",
                 "ru":"Центр для подростков","en":"Centre for adolescents"}}""".formatted(region, kind);
    }

    private static String consentJson(String guardian, String how, String witness, boolean withdrawal) {
        return """
                {"guardianName":"%s","givenOn":"%s","how":"%s",%s"withdrawal":%b}""".formatted(guardian,
                today().minusDays(1), how, witness == null ? "" : "\"witness\":\"" + witness + "\",", withdrawal);
    }

    private static String referralJson(long service, String basis) {
        return """
                {"serviceId":%d,"reason":"Тревожность, нарушения сна","dueOn":"%s",%s}""".formatted(service,
                today().plusDays(14), basis);
    }

    private static String statusJson(String status, String answer) {
        return answer == null ? "{\"status\":\"%s\"}".formatted(status)
                : "{\"status\":\"%s\",\"answer\":\"%s\"}".formatted(status, answer);
    }

    private static String consents(long student) {
        return "students/" + student + "/consents";
    }

    private static String referrals(long theCase) {
        return "cases/" + theCase + "/referrals";
    }

    private static String status(long referral) {
        return "referrals/" + referral + "/status";
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }
}
