package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The police register and raid deliveries: inspectors write, the jurisdiction reads, everything is audited. */
@ExtendWith(ArquillianExtension.class)
class PoliceIT {

    private static final List<String> READERS =
            List.of("inspector1", "director1", "socped1", "psychologist1", "coordinator1", "ombudsman1", "admin1");

    @Test
    void inspectorRegistersAStudentAndTheJurisdictionReadsIt() {
        long student = newStudentAtSchoolA();

        Api.Reply created = Api.as("inspector1").post(registrationsOf(student), registrationJson(10, 170));

        assertThat(created.status()).isEqualTo(201);
        JsonObject registration = created.object();
        assertThat(registration.getString("reason")).isEqualTo("OFFENSE");
        assertThat(registration.getString("basisDocument")).isEqualTo("ПДН-42/2026");
        assertThat(registration.getString("inspector")).isEqualTo("inspector1");
        assertThat(registration.getBoolean("active")).isTrue();
        for (String reader : READERS) {
            Api.Reply list = Api.as(reader).get(registrationsOf(student));
            assertThat(list.status()).as(reader).isEqualTo(200);
            assertThat(list.array()).as(reader).hasSize(1);
            assertThat(list.array().getJsonObject(0).getString("registeredOn")).isEqualTo(today().minusDays(10).toString());
        }
    }

    @Test
    void schoolStaffMayNotWriteToThePoliceRegister() {
        long student = newStudentAtSchoolA();
        long registration = register(student);

        for (String staff : List.of("socped1", "psychologist1", "director1")) {
            Api api = Api.as(staff);
            Api.Reply register = api.post(registrationsOf(student), registrationJson(1, 30));
            Api.Reply removal = api.post(removalOf(registration), removalJson("CORRECTED"));
            Api.Reply delivery = api.post(deliveriesOf(student), deliveryJson(1, "\"Almaty police, Bostandyk department\""));

            assertThat(register.status()).as(staff).isEqualTo(403);
            assertThat(register.contentType()).startsWith("application/problem+json");
            assertThat(removal.status()).as(staff).isEqualTo(403);
            assertThat(delivery.status()).as(staff).isEqualTo(403);
        }
        assertThat(Api.as("inspector1").get(registrationsOf(student)).array().getJsonObject(0).getBoolean("active"))
                .isTrue();
    }

    @Test
    void psychologistOfAnotherSchoolGets404AsIfTheStudentWereAbsent() {
        long student = newStudentAtSchoolA();
        register(student);
        Api other = Api.as("psychologist2");

        Api.Reply registrations = other.get(registrationsOf(student));
        Api.Reply deliveries = other.get(deliveriesOf(student));

        assertThat(registrations.status()).isEqualTo(404);
        assertThat(registrations.contentType()).startsWith("application/problem+json");
        assertThat(deliveries.status()).isEqualTo(404);
    }

    @Test
    void anUnknownRegistrationGets404() {
        Api.Reply reply = Api.as("admin1").post(removalOf(Long.MAX_VALUE), removalJson("CORRECTED"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void noTokenGets401() {
        long student = newStudentAtSchoolA();

        assertThat(Api.anonymous().get(registrationsOf(student)).status()).isEqualTo(401);
        assertThat(Api.anonymous().post(registrationsOf(student), registrationJson(1, 30)).status()).isEqualTo(401);
        assertThat(Api.anonymous().get(deliveriesOf(student)).status()).isEqualTo(401);
    }

    @Test
    void aSecondActiveRegistrationGets409UntilTheFirstIsRemoved() {
        long student = newStudentAtSchoolA();
        long first = register(student);

        Api.Reply second = Api.as("inspector1").post(registrationsOf(student), registrationJson(1, 30));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.object().getString("detail")).contains("already on the police register");
        assertThat(Api.as("admin1").post(removalOf(first), removalJson("CORRECTED")).status()).isEqualTo(200);
        assertThat(Api.as("inspector1").post(registrationsOf(student), registrationJson(0, 30)).status())
                .isEqualTo(201);
    }

    @Test
    void aReviewDateBeforeRegistrationGets400InTheCallersLanguage() {
        long student = newStudentAtSchoolA();

        Api.Reply english = Api.as("inspector1").post(registrationsOf(student), registrationJson(10, -20));
        Api.Reply russian = Api.as("inspector1").inLanguage("ru").post(registrationsOf(student), registrationJson(10, -20));
        Api.Reply kazakh = Api.as("inspector1").inLanguage("kk").post(registrationsOf(student), registrationJson(10, -20));

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.object().getString("detail")).contains("review date", today().minusDays(20).toString());
        assertThat(russian.object().getString("detail")).contains("Дата пересмотра");
        assertThat(kazakh.object().getString("detail")).contains("Қайта қарау күні");
        assertThat(Api.as("inspector1").get(registrationsOf(student)).array()).isEmpty();
    }

    @Test
    void missingBasisDocumentAndReasonAreListedOneByOne() {
        long student = newStudentAtSchoolA();

        Api.Reply reply = Api.as("inspector1").post(registrationsOf(student),
                "{\"registeredOn\":\"%s\",\"reviewOn\":\"%s\"}".formatted(today(), today().plusDays(30)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("basisDocument", "reason");
        assertThat(reply.object().getString("detail")).contains("basis document");
    }

    @Test
    void removalRecordsTheGroundAndTheAnonymisationDateAndCannotBeRepeated() {
        long student = newStudentAtSchoolA();
        long registration = register(student);

        Api.Reply removed = Api.as("inspector1").post(removalOf(registration), removalJson("MOVED_AWAY"));
        Api.Reply again = Api.as("inspector1").post(removalOf(registration), removalJson("CORRECTED"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.object().getBoolean("active")).isFalse();
        assertThat(removed.object().getString("removedOn")).isEqualTo(today().toString());
        assertThat(removed.object().getString("removalGround")).isEqualTo("MOVED_AWAY");
        assertThat(removed.object().getString("anonymiseAfter")).isEqualTo(today().plusYears(1).toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("detail")).contains("already removed");
    }

    @Test
    void reached18BeforeThe18thBirthdayGets400() {
        long student = newStudentAtSchoolA();
        long registration = register(student);

        Api.Reply reply = Api.as("inspector1").post(removalOf(registration), removalJson("REACHED_18"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("detail")).contains("18th birthday");
    }

    @Test
    void onlyAnAdministratorPlacesALegalHold() {
        long student = newStudentAtSchoolA();
        long registration = register(student);

        Api.Reply byInspector = Api.as("inspector1").post(legalHoldOf(registration), "{\"held\":true}");
        Api.Reply byAdmin = Api.as("admin1").post(legalHoldOf(registration), "{\"held\":true}");
        Api.Reply withoutAnswer = Api.as("admin1").post(legalHoldOf(registration), "{}");

        assertThat(byInspector.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.object().getBoolean("legalHold")).isTrue();
        assertThat(withoutAnswer.status()).isEqualTo(400);
    }

    @Test
    void inspectorRecordsRaidDeliveriesAndTheJurisdictionReadsThem() {
        long student = newStudentAtSchoolA();

        Api.Reply created = Api.as("inspector1").post(deliveriesOf(student),
                deliveryJson(3, "\"Бостандық аудандық полиция басқармасы\""));
        Api.Reply withoutUnit = Api.as("inspector1").post(deliveriesOf(student), deliveryJson(1, "null"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.object().getString("recordedBy")).isEqualTo("inspector1");
        assertThat(withoutUnit.status()).isEqualTo(400);
        assertThat(withoutUnit.object().getString("detail")).contains("police unit");
        for (String reader : READERS) {
            Api.Reply list = Api.as(reader).get(deliveriesOf(student));
            assertThat(list.status()).as(reader).isEqualTo(200);
            assertThat(list.array()).as(reader).hasSize(1);
            assertThat(list.array().getJsonObject(0).getString("policeUnit"))
                    .isEqualTo("Бостандық аудандық полиция басқармасы");
            assertThat(list.array().getJsonObject(0).getString("reason")).isEqualTo("CURFEW");
        }
    }

    @Test
    void everyChangeAndEveryReadIsAudited() throws SQLException {
        long student = newStudentAtSchoolA();
        long registration = register(student);
        assertThat(Api.as("director1").get(registrationsOf(student)).status()).isEqualTo(200);
        assertThat(Api.as("admin1").post(legalHoldOf(registration), "{\"held\":true}").status()).isEqualTo(200);
        assertThat(Api.as("inspector1").post(removalOf(registration), removalJson("CORRECTED")).status()).isEqualTo(200);
        long delivery = Api.as("inspector1").post(deliveriesOf(student), deliveryJson(0, "\"ОВД\""))
                .object().getJsonNumber("id").longValue();
        assertThat(Api.as("socped1").get(deliveriesOf(student)).status()).isEqualTo(200);
        assertThat(Api.as("psychologist1").post(removalOf(registration), removalJson("OTHER")).status()).isEqualTo(403);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau")) {
            assertThat(events(db, "inspector1", "CREATE", "police-registration", registration)).isEqualTo(1);
            assertThat(events(db, "director1", "READ", "student-police-registrations", student)).isEqualTo(1);
            assertThat(events(db, "admin1", "UPDATE", "police-registration", registration)).isEqualTo(1);
            assertThat(events(db, "inspector1", "UPDATE", "police-registration", registration)).isEqualTo(1);
            assertThat(events(db, "psychologist1", "UPDATE", "police-registration", registration))
                    .as("a refused change leaves no event").isZero();
            assertThat(events(db, "inspector1", "CREATE", "raid-delivery", delivery)).isEqualTo(1);
            assertThat(events(db, "socped1", "READ", "student-raid-deliveries", student)).isEqualTo(1);
        }
    }

    /** A registration by inspector1 from 10 days ago, reviewed in half a year; returns its id. */
    private static long register(long student) {
        Api.Reply reply = Api.as("inspector1").post(registrationsOf(student), registrationJson(10, 170));
        if (reply.status() != 201) {
            throw new IllegalStateException("could not register: " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }

    private static String registrationsOf(long student) {
        return "students/" + student + "/police-registrations";
    }

    private static String deliveriesOf(long student) {
        return "students/" + student + "/raid-deliveries";
    }

    private static String removalOf(long registration) {
        return "police-registrations/" + registration + "/removal";
    }

    private static String legalHoldOf(long registration) {
        return "police-registrations/" + registration + "/legal-hold";
    }

    private static String registrationJson(int daysAgo, int reviewInDays) {
        return """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-42/2026",
                 "note":"Petty theft at a shopping centre"}""".formatted(today().minusDays(daysAgo),
                today().plusDays(reviewInDays));
    }

    private static String removalJson(String ground) {
        return """
                {"date":"%s","ground":"%s","note":"Reviewed by the commission"}""".formatted(today(), ground);
    }

    private static String deliveryJson(int daysAgo, String policeUnit) {
        return """
                {"date":"%s","reason":"CURFEW","policeUnit":%s}""".formatted(today().minusDays(daysAgo), policeUnit);
    }

    private static long events(Connection db, String username, String action, String recordType, long recordId)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select count(*) from audit_event
                where username = ? and action = ? and record_type = ? and record_id = ?""")) {
            s.setString(1, username);
            s.setString(2, action);
            s.setString(3, recordType);
            s.setLong(4, recordId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
