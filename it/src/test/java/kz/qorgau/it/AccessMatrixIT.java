package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * Every resource method against every demo user, every cell asserted: the grants and the denials of docs/PRODUCT.md
 * section 1 as the {@code @RolesAllowed} annotations carry them.
 *
 * <p>A granted cell expects the status given in its row: 200 for a read of a real record; 400 for a write with a
 * deliberately empty body {@code {}}, which proves the caller got past the role check into validation without
 * changing any data; 404 for an action on an id that does not exist. A denied cell expects 403 problem+json, and the
 * caller without a token 401 problem+json on every row.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The columns of the matrix, in the order of the grant strings below. */
    private static final List<String> USERS = List.of("psychologist1", "socped1", "director1", "inspector1",
            "coordinator1", "ombudsman1", "admin1", "operator1");

    private static final String EMPTY = "{}";
    private static final long MISSING = 999_999_999L;

    private static Data data;

    /**
     * One row per endpoint. The grant string has one column per user of {@link #USERS}, a letter where the user is
     * granted and {@code -} where denied: p=psychologist1 s=socped1 d=director1 i=inspector1 c=coordinator1
     * o=ombudsman1 a=admin1 h=operator1 (hotline).
     */
    private static List<Row> matrix(Data d) {
        String student = "students/" + d.student;
        String family = "families/" + d.family;
        String report = "hotline/reports/" + d.report;
        String theCase = "cases/" + d.theCase;
        String reason = theCase + "/reasons/" + d.reason;
        String safety = "schools/" + SCHOOL_A + "/safety";
        String prescription = "prescriptions/" + d.prescription;
        return List.of(
                //                                                                          psdicoah
                row("POST", "students", EMPTY,                                              "psdi--a-", 400),
                row("GET", "students", null,                                                "psdicoa-", 200),
                row("GET", student, null,                                                   "psdicoa-", 200),
                row("PUT", student, EMPTY,                                                  "psd---a-", 400),
                row("POST", student + "/status", EMPTY,                                     "--d---a-", 400),
                row("POST", student + "/transfers", EMPTY,                                  "-sd---a-", 400),
                row("GET", student + "/history", null,                                      "--d-coa-", 200),
                row("POST", student + "/sessions", EMPTY,                                   "p-------", 400),
                row("GET", student + "/sessions", null,                                     "psdicoa-", 200),
                row("POST", student + "/sessions/" + d.session + "/addenda", EMPTY,         "p-------", 400),
                row("POST", student + "/incidents", EMPTY,                                  "psdi----", 400),
                row("GET", student + "/incidents", null,                                    "psdicoa-", 200),
                row("POST", student + "/police-registrations", EMPTY,                       "---i--a-", 400),
                row("GET", student + "/police-registrations", null,                         "psdicoa-", 200),
                row("POST", student + "/raid-deliveries", EMPTY,                            "---i--a-", 400),
                row("GET", student + "/raid-deliveries", null,                              "psdicoa-", 200),
                row("POST", student + "/survey-opt-out", EMPTY,                             "psd-----", 400),
                // withdrawing an opt-out the student does not have changes nothing, and is no error
                row("DELETE", student + "/survey-opt-out", null,                            "psd-----", 204),
                row("GET", student + "/survey-results", null,                               "p-d-coa-", 200),
                row("GET", student + "/absences", null,                                     "psdicoa-", 200),

                row("POST", "incidents", EMPTY,                                             "psdi--a-", 400),
                row("GET", "incidents/" + d.incident, null,                                 "psdicoa-", 200),

                row("GET", "cases", null,                                                   "psdicoa-", 200),
                row("GET", "cases/" + d.theCase, null,                                      "psdicoa-", 200),
                row("GET", "cases/" + d.theCase + "/history", null,                         "--d-coa-", 200),
                row("GET", theCase + "/timeline", null,                                     "psdicoa-", 200),
                row("GET", theCase + "/escalations", null,                                  "psdicoa-", 200),
                row("POST", theCase + "/take", EMPTY,                                       "ps-i----", 400),
                row("POST", theCase + "/first-contact", EMPTY,                              "ps-i----", 400),
                row("POST", theCase + "/status", EMPTY,                                     "psdi----", 400),
                row("POST", theCase + "/close", EMPTY,                                      "psdi----", 400),
                row("POST", theCase + "/level", EMPTY,                                      "psdic---", 400),
                row("POST", theCase + "/reassign", EMPTY,                                   "--d-c---", 400),
                // the supervisors' requests for approval; a comment is required to send one back
                row("GET", "approvals", null,                                               "--d-c---", 200),
                row("POST", "approvals/" + MISSING + "/approve", EMPTY,                     "--d-c---", 404),
                row("POST", "approvals/" + MISSING + "/send-back", EMPTY,                   "--d-c---", 400),
                row("GET", theCase + "/measures", null,                                     "psdicoa-", 200),
                row("POST", theCase + "/measures", EMPTY,                                   "psdi----", 400),
                row("PUT", theCase + "/measures/" + MISSING, EMPTY,                         "psdi----", 400),
                row("POST", reason + "/known", EMPTY,                                       "psdic---", 400),
                row("POST", reason + "/snooze", EMPTY,                                      "psdic---", 400),
                row("POST", reason + "/usefulness", EMPTY,                                  "ps-i----", 400),
                row("GET", "inbox", null,                                                   "psdico--", 200),
                // runs the first-contact deadline check, which adds nothing that is not due
                row("POST", "deadline-checks", EMPTY,                                       "------a-", 200),
                row("GET", "reports/cases.xlsx", null,                                      "psdicoa-", 200),
                row("GET", "reports", null,                                                 "psdicoa-", 200),
                row("GET", "reports/regional-summary.xlsx", null,                           "----coa-", 200),
                row("GET", "reports/juvenile-offenses.xlsx", null,                          "----coa-", 200),
                row("GET", "reports/registers.xlsx", null,                                  "----coa-", 200),
                row("GET", "reports/staff-coverage.xlsx", null,                             "----coa-", 200),
                row("GET", "reports/rule-quality.xlsx", null,                               "----coa-", 200),
                row("GET", "reports/school-safety.xlsx", null,                              "----coa-", 200),
                row("GET", "report-runs", null,                                             "psdicoa-", 200),
                row("GET", "report-runs/" + MISSING, null,                                  "psdicoa-", 404),
                row("GET", "report-runs/" + MISSING + "/file", null,                        "psdicoa-", 404),
                row("GET", "rules", null,                                                   "----coa-", 200),
                row("GET", "notices", null,                                                 "----coa-", 200),
                row("GET", "audit", null,                                                   "-----oa-", 200),
                row("GET", "audit/verification", null,                                      "-----oa-", 200),
                row("POST", "break-glass", EMPTY,                                           "psdic---", 400),

                row("GET", "regions", null,                                                 "psdicoa-", 200),
                row("GET", "regions/75/districts", null,                                    "psdicoa-", 200),
                row("POST", "districts", EMPTY,                                             "----c-a-", 400),
                row("GET", "schools", null,                                                 "psdicoa-", 200),
                row("POST", "schools", EMPTY,                                               "----c-a-", 400),
                row("GET", "schools/" + SCHOOL_A, null,                                     "psdicoa-", 200),
                row("GET", "schools/" + SCHOOL_A + "/staff", null,                          "psdicoa-", 200),
                row("POST", "schools/" + SCHOOL_A + "/staff", EMPTY,                        "--d-c-a-", 400),
                row("DELETE", "schools/" + SCHOOL_A + "/staff/" + MISSING, null,            "--d-c-a-", 404),

                row("GET", "transfers", null,                                               "-sd-c-a-", 200),
                row("POST", "transfers/" + MISSING + "/confirm", EMPTY,                     "--d-c-a-", 404),
                row("POST", "transfers/" + MISSING + "/cancel", EMPTY,                      "-sd-c-a-", 404),

                row("POST", "families", EMPTY,                                              "-sdi--a-", 400),
                row("GET", family, null,                                                    "psdicoa-", 200),
                row("PUT", family, EMPTY,                                                   "-sdi--a-", 400),
                row("POST", family + "/guardians", EMPTY,                                   "-sdi--a-", 400),
                row("POST", family + "/members", EMPTY,                                     "-sdi--a-", 400),
                row("GET", family + "/members", null,                                       "psdicoa-", 200),
                row("DELETE", family + "/members/" + MISSING, null,                         "-sdi--a-", 404),
                row("POST", family + "/police-registration", EMPTY,                         "---i--a-", 400),
                row("POST", family + "/police-registration/removal", EMPTY,                 "---i--a-", 400),

                row("POST", "police-registrations/" + d.registration + "/removal", EMPTY,   "---i--a-", 400),
                row("POST", "police-registrations/" + d.registration + "/legal-hold", EMPTY, "------a-", 400),

                row("POST", "hotline/reports", EMPTY,                                       "------ah", 400),
                row("GET", "hotline/reports", null,                                         "psdicoah", 200),
                row("GET", report, null,                                                    "psdicoah", 200),
                row("POST", report + "/incident", EMPTY,                                    "------ah", 400),
                row("POST", report + "/case", EMPTY,                                        "------ah", 400),
                row("POST", report + "/closure", EMPTY,                                     "------ah", 400),

                row("POST", "surveys/instruments", EMPTY,                                   "------a-", 400),
                row("GET", "surveys/instruments", null,                                     "psdicoa-", 200),
                row("POST", "surveys/campaigns", EMPTY,                                     "----c-a-", 400),
                row("GET", "surveys/campaigns", null,                                       "psdicoa-", 200),
                // no campaignId: 400 before the upload is read
                row("UPLOAD", "imports/survey-results", "iin,score\n",                      "p-d-c-a-", 400),
                // a header that is not the file's: 400 with nothing applied
                row("UPLOAD", "imports/absences", "iin,score\n",                            "-sd-c-a-", 400),
                row("UPLOAD", "imports/roster", "iin,score\n",                              "--d-c-a-", 400),
                row("UPLOAD", "imports/police-registrations", "iin,score\n",                "---i--a-", 400),

                row("POST", "evaluations", EMPTY,                                           "------a-", 400),
                row("GET", "evaluations", null,                                             "------a-", 200),
                row("GET", "evaluations/" + MISSING, null,                                  "------a-", 404),
                row("POST", "evaluations/" + MISSING + "/stop", EMPTY,                      "------a-", 404),
                row("POST", "evaluations/" + MISSING + "/restart", EMPTY,                   "------a-", 404),
                row("GET", "concealment-flags", null,                                       "----coa-", 200),
                row("GET", "concealment-flags/" + MISSING, null,                            "----coa-", 404),
                // the admin sees the flags but does not decide them
                row("POST", "concealment-flags/" + MISSING + "/decision", EMPTY,            "----co--", 400),
                row("GET", "thresholds", null,                                              "----coa-", 200),
                row("GET", "thresholds/versions", null,                                     "----coa-", 200),
                row("GET", "thresholds/versions/1", null,                                   "----coa-", 200),
                row("POST", "thresholds/versions", EMPTY,                                   "------a-", 400),
                row("POST", "thresholds/versions/" + MISSING + "/activate", EMPTY,          "------a-", 404),
                // version 1 is never a draft any more: 400 without starting anything
                row("POST", "thresholds/versions/1/what-if", EMPTY,                         "----c-a-", 400),
                row("GET", "thresholds/what-if/" + MISSING, null,                           "----c-a-", 404),

                row("GET", safety, null,                                                    "psdicoa-", 200),
                row("PUT", safety, EMPTY,                                                   "--di--a-", 400),
                row("GET", safety + "/history", null,                                       "--dicoa-", 200),
                row("GET", safety + "/checklist", null,                                     "--dicoa-", 200),
                row("POST", safety + "/inspections", EMPTY,                                 "---i--a-", 400),
                row("GET", safety + "/inspections", null,                                   "psdicoa-", 200),
                row("GET", "inspections/" + d.inspection, null,                             "psdicoa-", 200),
                row("GET", "prescriptions", null,                                           "psdicoa-", 200),
                row("GET", prescription, null,                                              "psdicoa-", 200),
                // a spreadsheet is no photo: 415 with nothing attached
                row("UPLOAD", prescription + "/evidence", "iin,score\n",                   "--d-----", 415),
                row("GET", prescription + "/evidence/" + MISSING, null,                     "psdicoa-", 404),
                // neither a note nor evidence, or a prescription not yet remedied: 400 without a change
                row("POST", prescription + "/remedy", EMPTY,                                "--d-----", 400),
                row("POST", prescription + "/accept", EMPTY,                                "---i--a-", 400),
                row("POST", prescription + "/reject", EMPTY,                                "---i--a-", 400),
                // runs the prescription deadline check, which escalates nothing that is not overdue
                row("POST", "prescription-checks", EMPTY,                                   "------a-", 200),
                row("GET", "safety/statistics", null,                                       "----coa-", 200),

                // everyone has a notification centre of their own; another's notification is "not found"
                row("GET", "notifications", null,                                           "psdicoah", 200),
                row("GET", "notifications/unread-count", null,                              "psdicoah", 200),
                row("POST", "notifications/" + MISSING + "/read", EMPTY,                    "psdicoah", 404),
                // marks the caller's own notifications read, nobody else's
                row("POST", "notifications/read-all", EMPTY,                                "psdicoah", 200),
                row("GET", "notifications/preferences", null,                               "psdicoah", 200),
                row("PUT", "notifications/preferences/ESCALATED", EMPTY,                    "psdicoah", 400),
                row("GET", "notifications/outbox", null,                                    "------a-", 200),
                row("POST", "notification-runs/reminders", EMPTY,                           "------a-", 200),
                row("POST", "notification-runs/outbox", EMPTY,                              "------a-", 200),
                // sends the digests early; each notification is put in a digest once whoever runs it
                row("POST", "notification-runs/digests", EMPTY,                             "------a-", 200),
                row("GET", "duplicates", null,                                              "----c-a-", 200),
                row("POST", "duplicates/" + MISSING + "/dismissal", EMPTY,                  "psdic-a-", 400),
                row("POST", "duplicates/merges", EMPTY,                                     "----c---", 400),
                row("GET", "duplicates/merges", null,                                       "----c---", 200),
                row("POST", "duplicates/merges/" + MISSING + "/undo", EMPTY,                "----c---", 404),
                // runs the nightly search for look-alike files, which adds no pair it knows
                row("POST", "duplicate-checks?regionId=75", EMPTY,                          "------a-", 200),

                // referrals: the coordinator keeps the catalogue; the case's workers refer on a consent or a ground
                row("POST", "services", EMPTY,                                              "----c---", 400),
                row("GET", "services", null,                                                "psdicoa-", 200),
                row("POST", student + "/consents", EMPTY,                                   "psdi----", 400),
                row("GET", student + "/consents", null,                                     "psdicoa-", 200),
                row("POST", theCase + "/referrals", EMPTY,                                  "psdi----", 400),
                row("GET", theCase + "/referrals", null,                                    "psdicoa-", 200),
                row("POST", "referrals/" + MISSING + "/status", EMPTY,                      "psdi----", 400));
    }

    @Test
    void everyUserGetsExactlyTheGrantsAndDenialsOfTheirRoleOnEveryEndpoint() {
        Data d = data();
        List<Row> rows = matrix(d);
        SoftAssertions softly = new SoftAssertions();
        int cells = 0;

        for (Row row : rows) {
            for (int column = 0; column < USERS.size(); column++) {
                String user = USERS.get(column);
                Api.Reply reply = row.send(Api.as(user));
                String cell = row + " as " + user + " -> " + reply;
                if (row.grants.charAt(column) == '-') {
                    softly.assertThat(reply.status()).as(cell).isEqualTo(403);
                    softly.assertThat(reply.contentType()).as(cell).startsWith("application/problem+json");
                } else {
                    softly.assertThat(reply.status()).as(cell).isEqualTo(row.granted);
                }
                cells++;
            }
            Api.Reply anonymous = row.send(Api.anonymous());
            softly.assertThat(anonymous.status()).as(row + " without a token -> " + anonymous).isEqualTo(401);
            softly.assertThat(anonymous.contentType()).as(row + " without a token").startsWith("application/problem+json");
            cells++;
        }

        softly.assertAll();
        assertThat(cells).isEqualTo(rows.size() * (USERS.size() + 1));
    }

    /** An endpoint without a row would have no denial tested: every operation the API serves must have one. */
    @Test
    void theMatrixHasARowForEveryOperationTheApiServes() {
        Api.Reply served = Api.server("openapi?format=JSON");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        List<Row> rows = matrix(data());
        List<FuzzOpenApi.Operation> operations = new FuzzOpenApi(served.object()).operations();

        assertThat(operations).hasSizeGreaterThan(100);
        assertThat(operations).filteredOn(operation -> rows.stream().noneMatch(row -> row.covers(operation)))
                .extracting(FuzzOpenApi.Operation::label).as("operations without a row in the matrix").isEmpty();
    }

    @Test
    void aPsychologistOfAnotherSchoolFindsNoneOfTheReadsOfASchool1001Student() {
        Data d = data();
        String student = "students/" + d.student;
        List<String> reads = List.of(student, student + "/sessions", student + "/incidents",
                student + "/police-registrations", student + "/raid-deliveries", student + "/survey-results",
                "incidents/" + d.incident, "cases/" + d.theCase, "cases/" + d.theCase + "/timeline",
                "cases/" + d.theCase + "/measures", "cases/" + d.theCase + "/referrals", student + "/consents",
                "cases/" + d.theCase + "/escalations", student + "/absences",
                "families/" + d.family,
                "families/" + d.family + "/members", "hotline/reports/" + d.report,
                "schools/" + SCHOOL_A + "/safety", "schools/" + SCHOOL_A + "/safety/inspections",
                "inspections/" + d.inspection, "prescriptions/" + d.prescription);
        Api other = Api.as("psychologist2");
        SoftAssertions softly = new SoftAssertions();

        for (String path : reads) {
            Api.Reply reply = other.get(path);
            softly.assertThat(reply.status()).as("GET " + path + " as psychologist2 -> " + reply).isEqualTo(404);
            softly.assertThat(reply.contentType()).as("GET " + path).startsWith("application/problem+json");
        }

        softly.assertAll();
    }

    @Test
    void theNewlyPagedListsHonourSizeAndRejectAnEmptyPage() {
        Data d = data();
        Api admin = Api.as("admin1");
        assertThat(admin.post("students/" + d.student + "/raid-deliveries", deliveryJson(2)).status()).isEqualTo(201);
        Map<String, Integer> lists = Map.of(
                "students/" + d.student + "/police-registrations", 1,
                "students/" + d.student + "/raid-deliveries", 2,
                "students/" + d.student + "/history", 2,
                "cases/" + d.theCase + "/history", 1,
                "cases/" + d.theCase + "/timeline", 2,
                "schools/" + SCHOOL_A + "/staff", 1,
                "transfers", 0);
        SoftAssertions softly = new SoftAssertions();

        lists.forEach((path, atLeast) -> {
            Api.Reply all = admin.get(path);
            Api.Reply one = admin.get(path + "?size=1");
            Api.Reply none = admin.get(path + "?size=0");
            Api.Reply tooMany = admin.get(path + "?size=501");
            softly.assertThat(all.array().size()).as(path + " " + all).isGreaterThanOrEqualTo(atLeast);
            softly.assertThat(one.array().size()).as(path + "?size=1 " + one).isLessThanOrEqualTo(1)
                    .isEqualTo(Math.min(1, all.array().size()));
            softly.assertThat(none.status()).as(path + "?size=0 " + none).isEqualTo(400);
            softly.assertThat(tooMany.status()).as(path + "?size=501 " + tooMany).isEqualTo(400);
        });
        Api.Reply secondPage = admin.get("students/" + d.student + "/raid-deliveries?size=1&page=1");
        softly.assertThat(secondPage.array().size()).as(secondPage.toString()).isEqualTo(1);

        softly.assertAll();
    }

    /**
     * A student of school 1001 with a session, a case and its reason, an incident, a family, a police registration
     * and a report.
     */
    private static synchronized Data data() {
        if (data == null) {
            data = new Data();
        }
        return data;
    }

    private static final class Data {

        final long student;
        final long session;
        final long theCase;
        final long reason;
        final long incident;
        final long family;
        final long registration;
        final long report;
        final long inspection;
        final long prescription;

        Data() {
            String iin = Iin.issue(LocalDate.of(2014, 6, 3), Sex.MALE, 7001).digits();
            Api.Reply registered = Api.as("psychologist1").post("students",
                    studentJson(iin, SCHOOL_A).replace("2011-04-12", "2014-06-03").replace("FEMALE", "MALE"));
            student = created(registered);
            Api.Reply corrected = Api.as("director1").put("students/" + student, """
                    {"lastName":"Matrix","firstName":"Student","grade":8,"classLetter":"A","version":%d}"""
                    .formatted(registered.object().getJsonNumber("version").longValue()));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            session = created(Api.as("psychologist1").post("students/" + student + "/sessions",
                    sessionJson(0, "\"SELF_HARM\"", "matrix")));
            JsonObject opened = EarlyWarningIT.onlyCaseOf(student, "psychologist1");
            theCase = opened.getJsonNumber("id").longValue();
            reason = opened.getJsonArray("reasons").getJsonObject(0).getJsonNumber("id").longValue();
            incident = created(Api.as("director1").post("incidents", """
                    {"date":"%s","time":"10:00","onSchoolGrounds":true,"location":"Коридор","type":"FIGHT",
                     "severity":"MODERATE","source":"SCHOOL","description":"Matrix","participants":[
                     {"studentId":%d,"role":"WITNESS"}]}""".formatted(today().minusDays(1), student)));
            family = created(Api.as("socped1").post("families", """
                    {"schoolId":%d,"address":"Алматы, ул. Абая, 1","flags":["LOW_INCOME"]}""".formatted(SCHOOL_A)));
            Api.as("socped1").post("families/" + family + "/members", "{\"studentId\":" + student + "}");
            registration = created(Api.as("inspector1").post("students/" + student + "/police-registrations",
                    registrationJson(10)));
            created(Api.as("inspector1").post("students/" + student + "/raid-deliveries", deliveryJson(3)));
            report = created(Api.as("operator1").post("hotline/reports", """
                    {"channel":"PHONE","callerKind":"ANONYMOUS","summary":"Matrix caller.","concern":"BULLYING",
                     "urgency":"LOW","schoolId":%d}""".formatted(SCHOOL_A)));
            // A defect on an item with a prescription still open would join that one, in whatever state other
            // tests left it; the rows below need a new prescription.
            String item = Api.as("admin1").get("schools/" + SCHOOL_A + "/safety/checklist").array()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(e -> !(e.get("openPrescription") instanceof JsonObject))
                    .map(e -> e.getString("item")).findFirst().orElseThrow();
            Api.Reply inspected = Api.as("inspector1").post("schools/" + SCHOOL_A + "/safety/inspections",
                    "{\"findings\":" + Fixtures.findingsJson(SCHOOL_A, Map.of(item, "DEFECT")) + "}");
            inspection = created(inspected);
            prescription = Fixtures.prescriptionFor(inspected.object(), item);
        }

        private static long created(Api.Reply reply) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            return reply.object().getJsonNumber("id").longValue();
        }
    }

    private static String registrationJson(int daysAgo) {
        return """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-7/2026",
                 "note":"Matrix"}""".formatted(today().minusDays(daysAgo), today().plusDays(90));
    }

    private static String deliveryJson(int daysAgo) {
        return """
                {"date":"%s","reason":"CURFEW","policeUnit":"ОП-2"}""".formatted(today().minusDays(daysAgo));
    }

    private static Row row(String method, String path, String body, String grants, int granted) {
        assertThat(grants).as(path).hasSize(USERS.size());
        return new Row(method, path, body, grants, granted);
    }

    private record Row(String method, String path, String body, String grants, int granted) {

        Api.Reply send(Api api) {
            return switch (method) {
                case "GET" -> api.get(path);
                case "POST" -> api.post(path, body);
                case "PUT" -> api.put(path, body);
                case "DELETE" -> api.delete(path);
                case "UPLOAD" -> api.postBytes(path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalArgumentException(method);
            };
        }

        boolean covers(FuzzOpenApi.Operation operation) {
            String verb = method.equals("UPLOAD") ? "POST" : method;
            String template = Arrays.stream(operation.apiTemplate().split("\\{[^}]+}", -1)).map(Pattern::quote)
                    .collect(Collectors.joining("[^/]+"));
            return verb.equalsIgnoreCase(operation.method()) && path.replaceFirst("\\?.*", "").matches(template);
        }

        @Override
        public String toString() {
            return (method.equals("UPLOAD") ? "POST" : method) + " " + path + " [" + granted + " for "
                    + Arrays.stream(grants.split("")).filter(c -> !c.equals("-")).collect(Collectors.joining()) + "]";
        }
    }
}
