package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Family records: who keeps, reads and changes them, the police register, the children, and the audit trail. */
@ExtendWith(ArquillianExtension.class)
class FamiliesIT {

    @Test
    void socialPedagogueOpensAFamilyThatStaffAndSupervisorsReadAndOthersDoNot() throws SQLException {
        Api.Reply created = Api.as("socped1").post("families", familyJson(SCHOOL_A, "\"LARGE_FAMILY\",\"LOW_INCOME\""));

        assertThat(created.status()).isEqualTo(201);
        JsonObject family = created.object();
        long id = family.getJsonNumber("id").longValue();
        assertThat(family.getJsonNumber("schoolId").longValue()).isEqualTo(SCHOOL_A);
        assertThat(family.getJsonArray("flags").getValuesAs(JsonString::getString))
                .containsExactly("LARGE_FAMILY", "LOW_INCOME");
        for (String reader : new String[] {"psychologist1", "director1", "inspector1", "coordinator1", "ombudsman1",
                "admin1"}) {
            assertThat(Api.as(reader).get("families/" + id).status()).as(reader).isEqualTo(200);
        }
        Api.Reply otherSchool = Api.as("psychologist2").get("families/" + id);
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(otherSchool.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous().get("families/" + id).status()).isEqualTo(401);
        try (Connection db = database()) {
            assertThat(count(db, "select count(*) from audit_event where username = 'socped1' and action = 'CREATE'"
                    + " and record_type = 'family' and record_id = " + id)).isEqualTo(1);
            assertThat(count(db, "select count(*) from audit_event where username = 'psychologist1' and action = 'READ'"
                    + " and record_type = 'family' and record_id = " + id)).isEqualTo(1);
            assertThat(count(db, "select count(*) from audit_event where username = 'psychologist2'"
                    + " and record_type = 'family' and record_id = " + id)).isZero();
        }
    }

    @Test
    void onlyTheKeepersOfFamilyRecordsOpenThem() {
        assertThat(Api.as("psychologist1").post("families", familyJson(SCHOOL_A, "")).status()).isEqualTo(403);
        assertThat(Api.as("coordinator1").post("families", familyJson(SCHOOL_A, "")).status()).isEqualTo(403);
        assertThat(Api.as("ombudsman1").post("families", familyJson(SCHOOL_A, "")).status()).isEqualTo(403);
        assertThat(Api.as("director1").post("families", familyJson(SCHOOL_A, "")).status()).isEqualTo(201);
        assertThat(Api.as("inspector1").post("families", familyJson(SCHOOL_A, "")).status()).isEqualTo(201);
        assertThat(Api.as("admin1").post("families", familyJson(SCHOOL_B, "")).status()).isEqualTo(201);
    }

    @Test
    void aSchoolOutsideTheCallersJurisdictionIsNotFound() {
        Api.Reply reply = Api.as("socped1").post("families", familyJson(SCHOOL_B, ""));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("school");
    }

    @Test
    void aFamilyWithoutAddressGets400NamingTheField() {
        Api.Reply reply = Api.as("socped1").post("families", "{\"schoolId\":1001}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("address");
    }

    @Test
    void guardiansAreRecordedWithTheirPhoneNormalised() throws SQLException {
        long family = newFamily();
        String iin = newIin();

        Api.Reply reply = Api.as("socped1").post("families/" + family + "/guardians",
                guardianJson(iin, "+7 (701) 123-45-67"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.object().getString("phone")).isEqualTo("+77011234567");
        long guardian = reply.object().getJsonNumber("id").longValue();
        JsonObject read = Api.as("psychologist1").get("families/" + family).object();
        assertThat(read.getJsonArray("guardians").getJsonObject(0).getString("iin")).isEqualTo(iin);
        assertThat(read.getJsonArray("guardians").getJsonObject(0).getString("relation")).isEqualTo("MOTHER");
        assertThat(Api.as("socped1").post("families/" + family + "/guardians", guardianJson(iin, null)).status())
                .as("the same IIN twice in one family").isEqualTo(409);
        try (Connection db = database()) {
            assertThat(count(db, "select count(*) from audit_event where username = 'socped1' and action = 'CREATE'"
                    + " and record_type = 'guardian' and record_id = " + guardian)).isEqualTo(1);
        }
    }

    @Test
    void aGuardianWithABadIinGets400AsForStudents() {
        long family = newFamily();
        String valid = newIin();
        String wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);

        Api.Reply english = Api.as("socped1").post("families/" + family + "/guardians", guardianJson(wrong, null));
        Api.Reply russian = Api.as("socped1").inLanguage("ru")
                .post("families/" + family + "/guardians", guardianJson(wrong, null));

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.object().getString("detail")).contains("check digit");
        assertThat(russian.object().getString("detail")).contains("контрольная цифра");
        assertThat(Api.as("socped1").get("families/" + family).object().getJsonArray("guardians")).isEmpty();
    }

    @Test
    void aPhoneThatIsNotKazakhGets400SayingWhatItShouldBe() {
        long family = newFamily();

        Api.Reply reply = Api.as("socped1").post("families/" + family + "/guardians",
                guardianJson(newIin(), "8 701 123 45 67"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("8 701 123 45 67", "+7 and 10 digits");
    }

    @Test
    void aChangeFromTheCurrentVersionIsSavedAndAStaleOneGets409() throws SQLException {
        long family = newFamily();
        long version = Api.as("socped1").get("families/" + family).object().getJsonNumber("version").longValue();

        Api.Reply first = Api.as("director1").put("families/" + family, changeJson("\"SINGLE_PARENT\"", version));
        Api.Reply stale = Api.as("socped1").put("families/" + family, changeJson("\"LOW_INCOME\"", version));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.object().getString("address")).isEqualTo("Алматы, ул. Сатпаева, 22");
        assertThat(first.object().getJsonNumber("version").longValue()).isGreaterThan(version);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.object().getString("detail")).contains("Someone else changed")
                .contains("the current version is " + first.object().getJsonNumber("version").longValue());
        JsonObject now = Api.as("socped1").get("families/" + family).object();
        assertThat(now.getJsonArray("flags").getString(0)).isEqualTo("SINGLE_PARENT");
        assertThat(Api.as("psychologist1").put("families/" + family, changeJson("", version + 1)).status())
                .isEqualTo(403);
        assertThat(Api.as("psychologist2").get("families/" + family).status()).isEqualTo(404);
        try (Connection db = database()) {
            assertThat(count(db, "select count(*) from audit_event where action = 'UPDATE'"
                    + " and record_type = 'family' and record_id = " + family)).isEqualTo(1);
        }
    }

    @Test
    void aChangeWithoutVersionGets400() {
        long family = newFamily();

        Api.Reply reply = Api.as("socped1").put("families/" + family,
                "{\"address\":\"Алматы, ул. Сатпаева, 22\",\"flags\":[]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
    }

    @Test
    void onlyInspectorsAndAdminsWriteThePoliceRegister() throws SQLException {
        long family = newFamily();

        Api.Reply socialPedagogue = Api.as("socped1").post("families/" + family + "/police-registration",
                registrationJson());
        Api.Reply director = Api.as("director1").post("families/" + family + "/police-registration",
                registrationJson());
        Api.Reply inspector = Api.as("inspector1").post("families/" + family + "/police-registration",
                registrationJson());
        Api.Reply twice = Api.as("admin1").post("families/" + family + "/police-registration", registrationJson());
        Api.Reply socialPedagogueRemoves = Api.as("socped1").post(
                "families/" + family + "/police-registration/removal", removalJson());
        Api.Reply removal = Api.as("inspector1").post("families/" + family + "/police-registration/removal",
                removalJson());

        assertThat(socialPedagogue.status()).isEqualTo(403);
        assertThat(socialPedagogue.contentType()).startsWith("application/problem+json");
        assertThat(director.status()).isEqualTo(403);
        assertThat(inspector.status()).isEqualTo(201);
        assertThat(inspector.object().getString("registeredBy")).isEqualTo("inspector1");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.object().getString("detail")).contains(today().minusDays(30).toString());
        assertThat(socialPedagogueRemoves.status()).isEqualTo(403);
        assertThat(removal.status()).isEqualTo(200);
        assertThat(removal.object().getString("removedBy")).isEqualTo("inspector1");
        JsonObject read = Api.as("socped1").get("families/" + family).object();
        assertThat(read.containsKey("policeRegistration")).as("no active registration").isFalse();
        assertThat(read.getJsonArray("policeHistory")).hasSize(1);
        long registration = inspector.object().getJsonNumber("id").longValue();
        try (Connection db = database()) {
            assertThat(count(db, "select count(*) from audit_event where username = 'inspector1'"
                    + " and record_type = 'family-police-registration' and record_id = " + registration
                    + " and action in ('CREATE', 'UPDATE')")).isEqualTo(2);
        }
    }

    @Test
    void removingAFamilyThatIsNotRegisteredGets400() {
        long family = newFamily();

        Api.Reply reply = Api.as("inspector1").post("families/" + family + "/police-registration/removal",
                removalJson());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("detail")).contains("not on the police register");
    }

    @Test
    void theDistrictInspectorRegistersAFamilyOfAnotherSchoolOfTheDistrict() {
        long familyOfSchoolB = Api.as("admin1").post("families", familyJson(SCHOOL_B, "")).object()
                .getJsonNumber("id").longValue();

        assertThat(Api.as("psychologist1").get("families/" + familyOfSchoolB).status()).isEqualTo(404);
        assertThat(Api.as("psychologist2").get("families/" + familyOfSchoolB).status()).isEqualTo(200);
        assertThat(Api.as("inspector1").post("families/" + familyOfSchoolB + "/police-registration",
                registrationJson()).status()).as("inspector1 covers district 7502, school B included").isEqualTo(201);
    }

    @Test
    void childrenJoinOneFamilyAtATimeAndMembersAreReadWithinJurisdiction() throws SQLException {
        long family = newFamily();
        long otherFamily = newFamily();
        long student = newStudentAtSchoolA();

        Api.Reply joined = Api.as("socped1").post("families/" + family + "/members", memberJson(student));
        Api.Reply again = Api.as("socped1").post("families/" + family + "/members", memberJson(student));
        Api.Reply elsewhere = Api.as("socped1").post("families/" + otherFamily + "/members", memberJson(student));

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.array().getJsonObject(0).getJsonNumber("studentId").longValue()).isEqualTo(student);
        assertThat(again.status()).as("joining the same family again changes nothing").isEqualTo(200);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
        assertThat(Api.as("ombudsman1").get("families/" + family + "/members").array()).hasSize(1);
        assertThat(Api.as("psychologist2").get("families/" + family + "/members").status()).isEqualTo(404);
        assertThat(Api.as("psychologist1").post("families/" + family + "/members", memberJson(student)).status())
                .isEqualTo(403);
        try (Connection db = database()) {
            assertThat(count(db, "select count(*) from audit_event where username = 'socped1' and action = 'UPDATE'"
                    + " and record_type = 'student' and record_id = " + student)).isEqualTo(2);
            assertThat(count(db, "select count(*) from audit_event where username = 'ombudsman1' and action = 'READ'"
                    + " and record_type = 'family-members' and record_id = " + family)).isEqualTo(1);
        }

        assertThat(Api.as("socped1").delete("families/" + family + "/members/" + student).status()).isEqualTo(204);
        assertThat(Api.as("socped1").get("families/" + family + "/members").array()).isEmpty();
        assertThat(Api.as("socped1").post("families/" + otherFamily + "/members", memberJson(student)).status())
                .isEqualTo(200);
    }

    @Test
    void aStudentTheCallerCannotSeeCannotBeAddedToAFamily() {
        long family = newFamily();
        Api.Reply registered = Api.as("psychologist2").post("students", studentJson(newIin(), SCHOOL_B));
        long studentOfSchoolB = registered.object().getJsonNumber("id").longValue();

        Api.Reply reply = Api.as("socped1").post("families/" + family + "/members", memberJson(studentOfSchoolB));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.object().getString("detail")).contains("student");
        assertThat(Api.as("socped1").get("families/" + family + "/members").array()).isEmpty();
    }

    private static long newFamily() {
        Api.Reply reply = Api.as("socped1").post("families", familyJson(SCHOOL_A, "\"LOW_INCOME\""));
        if (reply.status() != 201) {
            throw new IllegalStateException("could not open a family: " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }

    private static String familyJson(long schoolId, String flags) {
        return """
                {"schoolId":%d,"address":"Алматы, ул. Абая, 10, кв. 5","flags":[%s]}""".formatted(schoolId, flags);
    }

    private static String changeJson(String flags, long version) {
        return """
                {"address":"Алматы, ул. Сатпаева, 22","flags":[%s],"version":%d}""".formatted(flags, version);
    }

    private static String guardianJson(String iin, String phone) {
        return """
                {"lastName":"Серікова","firstName":"Айгүл","iin":"%s","relation":"MOTHER","phone":%s}"""
                .formatted(iin, phone == null ? "null" : "\"" + phone + "\"");
    }

    private static String memberJson(long studentId) {
        return "{\"studentId\":" + studentId + "}";
    }

    private static String registrationJson() {
        return """
                {"registeredOn":"%s","reason":"Неисполнение родительских обязанностей"}"""
                .formatted(today().minusDays(30));
    }

    private static String removalJson() {
        return """
                {"removedOn":"%s","reason":"Условия в семье улучшились"}""".formatted(today());
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
