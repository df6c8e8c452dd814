package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import kz.qorgau.launcher.DevPostgres;
import kz.qorgau.platform.control.NoteCipher;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/** Fresh students and signals for one test, so that tests neither share nor order their data. */
final class Fixtures {

    static final long SCHOOL_A = 1001;
    static final long SCHOOL_B = 1002;

    private static final AtomicInteger SERIAL = new AtomicInteger(5000);

    private Fixtures() {
    }

    static String newIin() {
        return Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, SERIAL.getAndAdd(3)).digits();
    }

    static String studentJson(String iin, long schoolId) {
        return """
                {"iin":"%s","lastName":"Test","firstName":"Student","birthDate":"2011-04-12","sex":"FEMALE",
                 "schoolId":%d,"grade":9,"classLetter":"B"}""".formatted(iin, schoolId);
    }

    /** A new student of school A, registered by psychologist1; returns its id. */
    static long newStudentAtSchoolA() {
        Api.Reply reply = Api.as("psychologist1").post("students", studentJson(newIin(), SCHOOL_A));
        if (reply.status() != 201) {
            throw new IllegalStateException("could not register a student: " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }

    static String sessionJson(int daysAgo, String indicators, String note) {
        return """
                {"date":"%s","kind":"INDIVIDUAL","durationMinutes":40,"riskLevel":"HIGH","indicators":[%s],
                 "confidentialNote":"%s"}""".formatted(today().minusDays(daysAgo), indicators, note);
    }

    static String incidentJson(int daysAgo, String role) {
        return """
                {"date":"%s","type":"FIGHT","role":"%s"}""".formatted(today().minusDays(daysAgo), role);
    }

    /** The test stack's database, for data the API has no way to make (a generated region, a date in the past). */
    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port")
                + "/qorgau", DevPostgres.USER, DevPostgres.PASSWORD);
    }

    /** The note keys the server of the tests has (it/pom.xml), for notes written behind its back. */
    static NoteCipher noteKeys() {
        return NoteCipher.of(System.getenv("QORGAU_NOTE_KEYS"));
    }

    /** One of those keys alone, sealing as it did while it was the current one. */
    static NoteCipher noteKey(String id) {
        return NoteCipher.of(Arrays.stream(System.getenv("QORGAU_NOTE_KEYS").split(","))
                .filter(key -> key.startsWith(id + ":")).findFirst().orElseThrow());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    /** A student's cases, as admin1 (national) reads them. */
    static List<JsonObject> casesOf(long student) {
        return Api.as("admin1").get("cases?studentId=" + student).array().getValuesAs(JsonObject.class);
    }

    /**
     * A worker's closing or lowering of a HIGH or CRITICAL case is a request (202); the supervisor approves it.
     *
     * @return the case with the change applied
     */
    static JsonObject approvedBy(String supervisor, Api.Reply requested) {
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        Api.Reply approved = Api.as(supervisor).post("approvals/" + requested.object().getJsonNumber("id") + "/approve",
                "{}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return approved.object();
    }

    /** The supervisor approves the request waiting on the case, as a page's user asked it. */
    static JsonObject approveWaiting(String supervisor, long caseId) {
        JsonObject waiting = Api.as("admin1").get("cases/" + caseId).object().getJsonObject("pendingApproval");
        assertThat(waiting).as("the request waiting on case " + caseId).isNotNull();
        Api.Reply approved = Api.as(supervisor).post("approvals/" + waiting.getJsonNumber("id") + "/approve", "{}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return approved.object();
    }

    /** The student's one case; the test fails when there is none or more. */
    /**
     * Whether the case waits in the user's inbox, on whichever page: after a whole suite a coordinator's inbox holds
     * more than one page of 500.
     */
    static boolean inboxHolds(String user, long caseId) {
        for (int page = 0; page < 50; page++) {
            List<JsonObject> items = Api.as(user).get("inbox?size=500&page=" + page).array()
                    .getValuesAs(JsonObject.class);
            if (items.stream().anyMatch(i -> i.getString("kind").equals("CASE")
                    && i.getJsonNumber("caseId").longValue() == caseId)) {
                return true;
            }
            if (items.size() < 500) {
                return false;
            }
        }
        return false;
    }

    static JsonObject onlyCaseOf(long student) {
        List<JsonObject> cases = casesOf(student);
        assertThat(cases).as("cases of student " + student).hasSize(1);
        return cases.get(0);
    }

    /**
     * Findings for every item of a school's checklist: OK unless named, each named one with a requirement; an item in
     * order whose prescription is overdue says it was not remedied, so that the prescription stays as it was.
     */
    static String findingsJson(long school, Map<String, String> notOk) {
        return Api.as("admin1").get("schools/" + school + "/safety/checklist").array().getValuesAs(JsonObject.class)
                .stream().map(e -> {
                    String item = e.getString("item");
                    if (notOk.containsKey(item)) {
                        return "{\"item\":\"%s\",\"finding\":\"%s\",\"remarks\":\"Put it right.\"}"
                                .formatted(item, notOk.get(item));
                    }
                    boolean overdue = e.get("openPrescription") instanceof JsonObject open
                            && open.getBoolean("overdue");
                    return "{\"item\":\"%s\",\"finding\":\"OK\"%s}".formatted(item,
                            overdue ? ",\"prescriptionRemedied\":false" : "");
                })
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The prescription an inspection gave for an item, or the open one it found the item's defect standing on. */
    static long prescriptionFor(JsonObject inspection, String item) {
        return Stream.concat(
                        inspection.getJsonArray("prescriptions").getValuesAs(JsonObject.class).stream(),
                        inspection.getJsonArray("linkedPrescriptions").getValuesAs(JsonObject.class).stream())
                .filter(p -> p.getString("item").equals(item)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
