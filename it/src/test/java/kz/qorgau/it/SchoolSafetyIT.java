package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * School safety with real tokens (issue 6): inspections against the checklist, prescriptions remedied with
 * evidence and reviewed, overdue ones escalated to the coordinator once, jurisdiction, uploads refused, a stale
 * profile edit, and an incident on school grounds showing the school's safety as it was at the time.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolSafetyIT {

    /** A school of district 7502 of its own, so that its safety history holds only what the incident test made. */
    private static final long INCIDENT_SCHOOL = 750251;
    private static final long OTHER_DISTRICT = 7580;
    private static final long OTHER_DISTRICT_SCHOOL = 758001;
    /** A school of district 7502 of its own, whose open prescriptions only the repeated-defect test makes. */
    private static final long REPEAT_SCHOOL = 750252;

    /** Items the demo's inspection of school A left without a prescription (its cameras and lighting have one). */
    @Test
    void twoDefectsGiveTwoPrescriptionsOneRemediedWithAPhotoAndAcceptedTheOtherOverdueReachesTheCoordinatorOnce()
            throws SQLException, IOException {
        JsonObject inspection = created(Api.as("inspector1").post(inspections(SCHOOL_A), inspectionJson(SCHOOL_A,
                Map.of("PANIC_BUTTON_CONNECTED", "DEFECT", "ACCESS_CONTROL", "MISSING"), today().plusDays(14))));
        List<JsonObject> prescriptions = inspection.getJsonArray("prescriptions").getValuesAs(JsonObject.class);
        assertThat(prescriptions).extracting(p -> p.getString("item") + ":" + p.getString("status"))
                .containsExactlyInAnyOrder("PANIC_BUTTON_CONNECTED:OPEN", "ACCESS_CONTROL:OPEN");
        assertThat(prescriptions).allSatisfy(p -> assertThat(p.getString("deadline"))
                .isEqualTo(today().plusDays(14).toString()));
        long panicButton = idOf(prescriptions, "PANIC_BUTTON_CONNECTED");
        long accessControl = idOf(prescriptions, "ACCESS_CONTROL");
        assertThat(Api.as("admin1").get("schools/" + SCHOOL_A + "/safety").object().getJsonObject("profile")
                .getBoolean("accessControl")).isFalse();

        byte[] photo = png();
        JsonObject evidence = created(Api.as("director1").postBytes(
                "prescriptions/" + panicButton + "/evidence?fileName=police-console.png", "image/png", photo));
        assertThat(evidence.getString("mediaType")).isEqualTo("image/png");
        assertThat(evidence.getInt("sizeBytes")).isEqualTo(photo.length);
        assertProblem(Api.as("inspector1").post(prescription(panicButton, "accept"), ""), 400);
        JsonObject remedied = ok(Api.as("director1").post(prescription(panicButton, "remedy"),
                "{\"note\":\"The button answers the police console again.\"}"));
        assertThat(remedied.getString("status")).isEqualTo("REMEDIED");
        assertThat(remedied.getJsonArray("evidence")).hasSize(1);
        assertProblem(Api.as("director1").post(prescription(panicButton, "accept"), ""), 403);
        JsonObject closed = ok(Api.as("inspector1").post(prescription(panicButton, "accept"), ""));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedBy")).isEqualTo("inspector1");
        Api.Reply download = Api.as("coordinator1").get(
                "prescriptions/" + panicButton + "/evidence/" + evidence.getJsonNumber("id").longValue());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("image/png");
        assertThat(download.body()).isEqualTo(photo);

        assertThat(prescriptionInInbox("coordinator1", accessControl)).isEmpty();
        assertThat(prescriptionInInbox("director1", accessControl)).isPresent();
        moveDeadline(accessControl, 2);
        checkPrescriptions();
        assertThat(checkPrescriptions().getInt("escalated")).isZero();

        JsonObject escalated = prescriptionInInbox("coordinator1", accessControl).orElseThrow();
        assertThat(escalated.getBoolean("overdue")).isTrue();
        assertThat(escalated.getString("status")).isEqualTo("OPEN");
        assertThat(escalated.getString("deadline")).isEqualTo(today().minusDays(2).toString());
        assertThat(Api.as("coordinator1").get("inbox?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals("PRESCRIPTION")
                        && i.getJsonNumber("prescriptionId").longValue() == accessControl)).hasSize(1);
        assertThat(ids(Api.as("coordinator1").get("prescriptions?overdue=true&size=500")))
                .contains(accessControl).doesNotContain(panicButton);
        assertThat(prescriptionInInbox("ombudsman1", accessControl)).isEmpty();
        assertProblem(Api.as("coordinator1").get("prescriptions?overdue=maybe"), 400);
    }

    @Test
    void aDefectFoundAgainStandsOnItsOpenPrescriptionAndAnOverdueOneFoundInOrderIsAnsweredFor() throws SQLException {
        Api admin = Api.as("admin1");
        assertThat(admin.post("schools", schoolJson(REPEAT_SCHOOL, 7502)).status()).isEqualTo(201);
        Api inspector = Api.as("inspector1");
        JsonObject first = created(inspector.post(inspections(REPEAT_SCHOOL), inspectionJson(REPEAT_SCHOOL,
                Map.of("CCTV_WORKING", "MISSING", "FENCE", "MISSING"), null)));
        long cameras = idOf(first.getJsonArray("prescriptions").getValuesAs(JsonObject.class), "CCTV_WORKING");
        long fence = idOf(first.getJsonArray("prescriptions").getValuesAs(JsonObject.class), "FENCE");

        Api.Reply unstated = inspector.post(inspections(REPEAT_SCHOOL), inspectionJson(REPEAT_SCHOOL,
                Map.of("LIGHTING", "DEFECT"), null).replace("\"remarks\":\"Put it right.\"", "\"remarks\":\" \""));
        assertProblem(unstated, 400);
        assertThat(unstated.object().getString("detail")).contains("LIGHTING", "requirement");

        JsonObject second = created(inspector.post(inspections(REPEAT_SCHOOL), inspectionJson(REPEAT_SCHOOL,
                Map.of("CCTV_WORKING", "MISSING", "FENCE", "MISSING"), null)));
        assertThat(second.getJsonArray("prescriptions")).isEmpty();
        assertThat(second.getJsonArray("linkedPrescriptions").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("id").longValue()).containsExactlyInAnyOrder(cameras, fence);
        assertThat(second.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("item").equals("CCTV_WORKING")).findFirst().orElseThrow()
                .getJsonNumber("linkedPrescriptionId").longValue()).isEqualTo(cameras);
        assertThat(ids(inspector.get("prescriptions?schoolId=" + REPEAT_SCHOOL + "&size=50")))
                .containsExactlyInAnyOrder(cameras, fence);

        moveDeadline(cameras, 1);
        JsonObject camerasEntry = admin.get("schools/" + REPEAT_SCHOOL + "/safety/checklist").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("item").equals("CCTV_WORKING"))
                .findFirst().orElseThrow().getJsonObject("openPrescription");
        assertThat(camerasEntry.getJsonNumber("id").longValue()).isEqualTo(cameras);
        assertThat(camerasEntry.getBoolean("overdue")).isTrue();
        String camerasInOrder = inspectionJson(REPEAT_SCHOOL, Map.of("FENCE", "MISSING"), null)
                .replace(",\"prescriptionRemedied\":false", "");
        Api.Reply unanswered = inspector.post(inspections(REPEAT_SCHOOL), camerasInOrder);
        assertProblem(unanswered, 400);
        assertThat(unanswered.object().getString("detail")).contains("CCTV_WORKING", String.valueOf(cameras),
                "prescriptionRemedied");

        JsonObject third = created(inspector.post(inspections(REPEAT_SCHOOL), camerasInOrder.replace(
                "{\"item\":\"CCTV_WORKING\",\"finding\":\"OK\"",
                "{\"item\":\"CCTV_WORKING\",\"finding\":\"OK\",\"prescriptionRemedied\":true")));
        assertThat(third.getJsonArray("prescriptions")).isEmpty();
        JsonObject closed = ok(inspector.get("prescriptions/" + cameras));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedBy")).isEqualTo("inspector1");
        assertThat(ok(inspector.get("prescriptions/" + fence)).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aSchoolOfAnotherDistrictIsInvisibleToTheInspector() {
        Api admin = Api.as("admin1");
        admin.post("districts", """
                {"id":%d,"regionId":75,"name":{"kk":"Аудан","ru":"Район","en":"District"}}""".formatted(OTHER_DISTRICT));
        admin.post("schools", schoolJson(OTHER_DISTRICT_SCHOOL, OTHER_DISTRICT));
        assertThat(admin.get("schools/" + OTHER_DISTRICT_SCHOOL + "/safety").status()).isEqualTo(200);

        Api inspector = Api.as("inspector1");
        assertProblem(inspector.get("schools/" + OTHER_DISTRICT_SCHOOL + "/safety"), 404);
        assertProblem(inspector.get("schools/" + OTHER_DISTRICT_SCHOOL + "/safety/checklist"), 404);
        assertProblem(inspector.post(inspections(OTHER_DISTRICT_SCHOOL), """
                {"findings":[{"item":"FENCE","finding":"OK"}]}"""), 404);
        assertProblem(Api.as("director1").get("schools/" + OTHER_DISTRICT_SCHOOL + "/safety"), 404);
    }

    @Test
    void anAttachmentOverTheLimitOrOfAForbiddenTypeIsRefusedNamingTheLimitAndTheTypes() {
        // An item no other test gives a prescription at school A, where the fence may have one open already.
        JsonObject inspection = created(Api.as("inspector1").post(inspections(SCHOOL_A),
                inspectionJson(SCHOOL_A, Map.of("OUTDOOR_TOILET", "DEFECT"), null)));
        JsonObject issued = inspection.getJsonArray("prescriptions").getJsonObject(0);
        assertThat(issued.getString("deadline")).isEqualTo(today().plusDays(30).toString());
        String upload = "prescriptions/" + issued.getJsonNumber("id").longValue() + "/evidence";
        Api director = Api.as("director1");

        byte[] huge = Arrays.copyOf(png(), 10 * 1024 * 1024 + 1);
        Api.Reply tooLarge = director.postBytes(upload, "image/png", huge);
        assertProblem(tooLarge, 413);
        assertThat(tooLarge.object().getString("detail")).contains("10 MB");

        byte[] program = "MZ\u0090\u0000\u0003\u0000\u0000\u0000PE".getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply disguised = director.postBytes(upload + "?fileName=photo.png", "image/png", program);
        assertProblem(disguised, 415);
        assertThat(disguised.object().getString("detail")).contains("JPEG", "PNG", "PDF");

        Api.Reply text = director.postBytes(upload, "text/plain", "not a photo".getBytes(StandardCharsets.UTF_8));
        assertProblem(text, 415);
        assertThat(text.object().getString("detail")).contains("image/jpeg", "image/png", "application/pdf");

        assertProblem(director.post(prescription(issued.getJsonNumber("id").longValue(), "remedy"), "{}"), 400);
        assertThat(ok(director.get("prescriptions/" + issued.getJsonNumber("id").longValue()))
                .getJsonArray("evidence")).isEmpty();
    }

    @Test
    void aStaleProfileEditGets409NamingTheCurrentVersionAndTheHistorySaysWhoChangedWhat() {
        Api director = Api.as("director1");
        JsonObject read = ok(director.get("schools/" + SCHOOL_A + "/safety"));
        long version = read.getJsonNumber("version").longValue();
        String guarded = profileJson("\"guard\":\"WATCHMAN\",\"fence\":true,\"lighting\":true", version);

        JsonObject changed = ok(director.put("schools/" + SCHOOL_A + "/safety", guarded));
        long current = changed.getJsonNumber("version").longValue();
        assertThat(current).isGreaterThan(version);
        assertThat(changed.getJsonObject("profile").getString("guard")).isEqualTo("WATCHMAN");

        Api.Reply stale = Api.as("inspector1").put("schools/" + SCHOOL_A + "/safety", guarded);
        assertProblem(stale, 409);
        assertThat(stale.object().getString("detail")).contains("version is " + current);

        List<JsonObject> history = Api.as("coordinator1").get("schools/" + SCHOOL_A + "/safety/history?size=500")
                .array().getValuesAs(JsonObject.class);
        JsonObject last = history.get(history.size() - 1);
        assertThat(last.getString("changedBy")).isEqualTo("director1");
        assertThat(last.getString("origin")).isEqualTo("EDIT");
        assertThat(last.getJsonArray("changed").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("guard");

        Api.Reply badGuard = director.put("schools/" + SCHOOL_A + "/safety",
                profileJson("\"guard\":\"DOG\"", current));
        assertProblem(badGuard, 400);
        assertThat(badGuard.object().getString("detail")).contains("SECURITY_COMPANY, WATCHMAN, NONE");
    }

    @Test
    void aPsychologistCannotRecordAnInspectionNorADeadlineInThePast() {
        assertProblem(Api.as("psychologist1").post(inspections(SCHOOL_A),
                inspectionJson(SCHOOL_A, Map.of(), null)), 403);
        assertProblem(Api.as("inspector1").post(inspections(SCHOOL_A),
                inspectionJson(SCHOOL_A, Map.of("FENCE", "MISSING"), today().minusDays(1))), 400);
        Api.Reply unknown = Api.as("inspector1").post(inspections(SCHOOL_A), """
                {"findings":[{"item":"MOAT","finding":"OK"}]}""");
        assertProblem(unknown, 400);
        assertThat(unknown.object().getString("detail")).contains("MOAT", "PANIC_BUTTON");
    }

    @Test
    void anIncidentOnSchoolGroundsShowsTheProfileAndOpenPrescriptionsOfItsTime() throws SQLException {
        Api admin = Api.as("admin1");
        assertThat(admin.post("schools", schoolJson(INCIDENT_SCHOOL, 7502)).status()).isEqualTo(201);
        long student = created(admin.post("students", studentJson(newIin(), INCIDENT_SCHOOL))).getJsonNumber("id")
                .longValue();
        ok(admin.put("schools/" + INCIDENT_SCHOOL + "/safety", profileJson("""
                "panicButton":true,"panicButtonConnected":true,"cctvCameras":4,"cctvWorking":4,
                "cctvConnected":true,"cctvCoversEntrances":true,"accessControl":true,"guard":"WATCHMAN",
                "fence":true,"lighting":true""", 0)));
        backdate("update safety_profile_change set changed_at = now() - interval '3 days' where school_id = ?");
        created(Api.as("inspector1").post(inspections(INCIDENT_SCHOOL), inspectionJson(INCIDENT_SCHOOL,
                Map.of("FENCE", "MISSING", "LIGHTING", "DEFECT"), null)
                .replace("{\"findings\"", "{\"visitedOn\":\"" + today().minusDays(2) + "\",\"findings\"")));
        backdate("update safety_profile_change set changed_at = now() - interval '2 days'"
                + " where school_id = ? and origin = 'INSPECTION'");

        JsonObject before = schoolSafetyOf(incident(student, today().minusDays(3), "\"time\":\"23:59\",", true));
        assertThat(before.getJsonObject("profile").getBoolean("fence")).isTrue();
        assertThat(before.getJsonArray("openPrescriptions")).isEmpty();

        JsonObject after = schoolSafetyOf(incident(student, today().minusDays(1), "", true));
        assertThat(after.getJsonObject("profile").getBoolean("fence")).isFalse();
        assertThat(after.getJsonArray("openPrescriptions").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("item")).containsExactlyInAnyOrder("FENCE", "LIGHTING");

        long away = incident(student, today().minusDays(1), "", false);
        assertThat(ok(Api.as("inspector1").get("incidents/" + away)).getJsonArray("schoolSafety")).isEmpty();

        JsonObject report = ok(Api.as("coordinator1").get("safety/statistics"));
        JsonObject row = report.getJsonArray("schools").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("schoolId").longValue() == INCIDENT_SCHOOL).findFirst().orElseThrow();
        assertThat(row.getInt("inspections")).isEqualTo(1);
        assertThat(row.getInt("openPrescriptions")).isEqualTo(2);
        assertThat(row.getInt("overduePrescriptions")).isZero();
        assertThat(row.getBoolean("panicButtonConnected")).isTrue();
        assertThat(report.getJsonArray("incidentsAtOpenDefects").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("schoolId").longValue() == INCIDENT_SCHOOL)
                .map(r -> r.getInt("incidents")).toList()).containsExactly(1);
    }

    private static long incident(long student, LocalDate date, String time, boolean onSchoolGrounds) {
        return created(Api.as("admin1").post("incidents", """
                {"date":"%s",%s"onSchoolGrounds":%b,"type":"FIGHT","severity":"MODERATE","source":"SCHOOL",
                 "participants":[{"studentId":%d,"role":"VICTIM"}]}""".formatted(date, time, onSchoolGrounds, student)))
                .getJsonNumber("id").longValue();
    }

    private static JsonObject schoolSafetyOf(long incident) {
        List<JsonObject> schools = ok(Api.as("inspector1").get("incidents/" + incident)).getJsonArray("schoolSafety")
                .getValuesAs(JsonObject.class);
        assertThat(schools).hasSize(1);
        assertThat(schools.get(0).getJsonNumber("schoolId").longValue()).isEqualTo(INCIDENT_SCHOOL);
        return schools.get(0);
    }

    /** A finding for every item of the school's checklist: OK unless named, each named one with the deadline. */
    private static String inspectionJson(long school, Map<String, String> defects, LocalDate deadline) {
        List<JsonObject> checklist = Api.as("admin1").get("schools/" + school + "/safety/checklist").array()
                .getValuesAs(JsonObject.class);
        String findings = checklist.stream().map(e -> defects.containsKey(e.getString("item"))
                        ? "{\"item\":\"%s\",\"finding\":\"%s\",\"remarks\":\"Put it right.\"%s}".formatted(
                        e.getString("item"), defects.get(e.getString("item")),
                        deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")
                        : "{\"item\":\"%s\",\"finding\":\"OK\"%s}".formatted(e.getString("item"),
                        overdue(e) ? ",\"prescriptionRemedied\":false" : ""))
                .collect(Collectors.joining(","));
        return "{\"findings\":[" + findings + "],\"remarks\":\"Planned visit.\"}";
    }

    /** An item whose prescription is overdue: an inspection finding it in order says whether it was remedied. */
    private static boolean overdue(JsonObject checklistEntry) {
        return checklistEntry.get("openPrescription") instanceof JsonObject open && open.getBoolean("overdue");
    }

    private static String profileJson(String fields, long version) {
        return "{\"profile\":{" + fields + "},\"version\":" + version + "}";
    }

    private static String schoolJson(long id, long district) {
        return """
                {"id":%d,"districtId":%d,"kind":"SCHOOL","name":{"kk":"№ %d мектеп","ru":"Школа № %d","en":"School %d"}}"""
                .formatted(id, district, id, id, id);
    }

    private static Optional<JsonObject> prescriptionInInbox(String user, long prescription) {
        Api.Reply inbox = Api.as(user).get("inbox?size=500");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals("PRESCRIPTION")
                        && i.getJsonNumber("prescriptionId").longValue() == prescription)
                .findFirst();
    }

    private static JsonObject checkPrescriptions() {
        return ok(Api.as("admin1").post("prescription-checks", ""));
    }

    /** As if the deadline had passed days ago: the check compares with the server's clock. */
    private static void moveDeadline(long prescription, int daysAgo) throws SQLException {
        try (Connection db = database();
             PreparedStatement update = db.prepareStatement(
                     "update prescription set deadline = ? where id = ?")) {
            update.setDate(1, Date.valueOf(today().minusDays(daysAgo)));
            update.setLong(2, prescription);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void backdate(String sql) throws SQLException {
        try (Connection db = database(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, INCIDENT_SCHOOL);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau");
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long idOf(List<JsonObject> prescriptions, String item) {
        return prescriptions.stream().filter(p -> p.getString("item").equals(item)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static String inspections(long school) {
        return "schools/" + school + "/safety/inspections";
    }

    private static String prescription(long id, String step) {
        return "prescriptions/" + id + "/" + step;
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    }
}
