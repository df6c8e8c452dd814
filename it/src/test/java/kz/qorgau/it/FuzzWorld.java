package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import kz.qorgau.it.FuzzOpenApi.Operation;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * The real records the fuzz test aims at, made through the API the way the other tests make theirs (a student of
 * school A with a session, its case and reason, a measure, an incident, a family, a police registration, hotline
 * reports, an inspection with a prescription, a pending transfer, a draft threshold version), and for every
 * operation a valid body to start from, so that a malformed field is the only thing wrong with a request and
 * reaches as deep as it can.
 *
 * <p>What a school or region shares with every other test stays untouched: staff designations, the safety profile
 * and inspections are fuzzed at a school of the test's own, in a district of its own in region 47, which no other
 * test uses, and region re-evaluations run there; school A only gains records of the test's own students.
 */
final class FuzzWorld {

    static final long MISSING = 999_999_999L;
    static final long REGION = 47;

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 100_000);

    /**
     * The birth day of the fuzz test's students: a day of 2010, which no other test uses, changing every minute so
     * that a run against a database an earlier run left behind finds its IINs free.
     */
    private static final LocalDate BORN = LocalDate.of(2010, 1, 1).plusDays(System.currentTimeMillis() / 60_000 % 365);
    private static final AtomicInteger IIN_SERIAL = new AtomicInteger(100);

    final long student;
    final String studentIin;
    /** A student of school A for the operations that change a file's standing: status, transfer, police register. */
    final long spareStudent;
    final String schoolBIin;
    final long session;
    final long theCase;
    final long reason;
    final long measure;
    final long incident;
    final long family;
    final long registration;
    final long report;
    /** Reports of their own for the triage into a case and the closure: a report is triaged only once. */
    final long reportForCase;
    final long reportForClosure;
    final long inspection;
    final long prescription;
    final long transfer;
    final long designation;
    final long instrument;
    final long campaign;
    final int draft;
    final long district;
    final long school;
    /** School A's checklist, for the inspection that gives the test its prescription. */
    final List<String> checklist;

    private final FuzzOpenApi api;
    private final Map<String, Long> versions = new HashMap<>();
    private List<String> schoolChecklist;
    private int helperRequests;

    FuzzWorld(FuzzOpenApi api) {
        this.api = api;
        Api psychologist = Api.as("psychologist1");
        studentIin = newIin();
        student = created(psychologist.post("students", studentJson(studentIin, SCHOOL_A)));
        spareStudent = created(psychologist.post("students", studentJson(newIin(), SCHOOL_A)));
        long other = created(psychologist.post("students", studentJson(newIin(), SCHOOL_A)));
        schoolBIin = newIin();
        created(Api.as("psychologist2").post("students", studentJson(schoolBIin, SCHOOL_B)));
        session = created(psychologist.post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "fuzz")));
        List<JsonObject> cases = psychologist.get("cases?studentId=" + student).array().getValuesAs(JsonObject.class);
        if (cases.size() != 1) {
            throw new IllegalStateException("the session should have opened one case: " + cases);
        }
        JsonObject opened = psychologist.get("cases/" + cases.get(0).getJsonNumber("id").longValue()).object();
        theCase = opened.getJsonNumber("id").longValue();
        reason = opened.getJsonArray("reasons").getJsonObject(0).getJsonNumber("id").longValue();
        measure = created(Api.as("director1").post("cases/" + theCase + "/measures", """
                {"kind":"HOME_VISIT","responsible":"socped1","dueOn":"%s","note":"Fuzz base.","version":%d}"""
                .formatted(today().plusDays(7), opened.getJsonNumber("version").longValue())));
        incident = created(Api.as("director1").post("incidents", """
                {"date":"%s","time":"10:00","onSchoolGrounds":true,"location":"Corridor","type":"FIGHT",
                 "severity":"MODERATE","source":"SCHOOL","description":"Fuzz","participants":[
                 {"studentId":%d,"role":"WITNESS"}]}""".formatted(today().minusDays(1), student)));
        family = created(Api.as("socped1").post("families", """
                {"schoolId":%d,"address":"Almaty, Abay 1","flags":["LOW_INCOME"]}""".formatted(SCHOOL_A)));
        Api.as("socped1").post("families/" + family + "/members", "{\"studentId\":" + student + "}");
        registration = created(Api.as("inspector1").post("students/" + student + "/police-registrations", """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"FUZZ-1","note":"Fuzz"}"""
                .formatted(today().minusDays(10), today().plusDays(90))));
        report = hotlineReport();
        reportForCase = hotlineReport();
        reportForClosure = hotlineReport();
        checklist = Api.as("admin1").get("schools/" + SCHOOL_A + "/safety/checklist").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("item")).toList();
        Api.Reply inspected = Api.as("inspector1").post("schools/" + SCHOOL_A + "/safety/inspections",
                "{\"findings\":" + Fixtures.findingsJson(SCHOOL_A, Map.of("FENCE", "DEFECT")) + "}");
        inspection = created(inspected);
        prescription = Fixtures.prescriptionFor(inspected.object(), "FENCE");
        transfer = created(Api.as("director1").post("students/" + other + "/transfers",
                "{\"toSchoolId\":" + SCHOOL_B + "}"));
        designation = Api.as("admin1").get("schools/" + SCHOOL_A + "/staff").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        instrument = created(Api.as("admin1").post("surveys/instruments", """
                {"code":"FUZZ-%d","name":{"kk":"Fuzz","ru":"Fuzz","en":"Fuzz"},"scales":[{"code":"anxiety",
                 "name":{"kk":"Fuzz","ru":"Fuzz","en":"Fuzz"},"threshold":10,"maxScore":20,"suicideRisk":false}]}"""
                .formatted(SERIAL.incrementAndGet())));
        campaign = created(Api.as("admin1").post("surveys/campaigns", """
                {"instrumentId":%d,"startsOn":"%s","endsOn":"%s","schoolIds":[%d]}"""
                .formatted(instrument, today().minusDays(10), today(), SCHOOL_A)));
        Api.Reply proposed = Api.as("admin1").post("thresholds/versions", "{\"note\":\"Fuzz draft\",\"values\":{}}");
        if (proposed.status() != 201) {
            throw new IllegalStateException("could not make a draft: " + proposed);
        }
        draft = proposed.object().getInt("number");
        district = created(Api.as("admin1").post("districts", """
                {"id":%d,"regionId":%d,"name":{"kk":"Fuzz","ru":"Fuzz","en":"Fuzz district"}}"""
                .formatted(REGION * 100_000 + 90_000 + SERIAL.incrementAndGet() % 10_000, REGION)));
        school = created(Api.as("admin1").post("schools", """
                {"id":%d,"districtId":%d,"kind":"SCHOOL","name":{"kk":"Fuzz","ru":"Fuzz","en":"Fuzz school"}}"""
                .formatted(district * 1_000 + 1, district)));
    }

    static String newIin() {
        return Iin.issue(BORN, Sex.FEMALE, IIN_SERIAL.getAndAdd(3)).digits();
    }

    private static String studentJson(String iin, long schoolId) {
        return """
                {"iin":"%s","lastName":"Fuzz","firstName":"Student","birthDate":"%s","sex":"FEMALE",
                 "schoolId":%d,"grade":9,"classLetter":"B"}""".formatted(iin, BORN, schoolId);
    }

    private static long hotlineReport() {
        return created(Api.as("operator1").post("hotline/reports", """
                {"channel":"PHONE","callerKind":"ANONYMOUS","summary":"Fuzz caller.","concern":"BULLYING",
                 "urgency":"LOW","schoolId":%d}""".formatted(SCHOOL_A)));
    }

    private static long created(Api.Reply reply) {
        if (reply.status() != 201 && reply.status() != 200) {
            throw new IllegalStateException("the fuzz test could not make its records: " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }

    /** The real id (or word) a path parameter of an operation names, by the segment before it. */
    String pathValue(Operation op, String param) {
        String template = op.apiTemplate();
        String before = template.substring(0, template.indexOf("{" + param + "}"));
        String[] segments = before.split("/");
        String segment = segments.length == 0 ? "" : segments[segments.length - 1];
        long value = switch (segment) {
            case "students" -> spareFor(op) ? spareStudent : student;
            case "sessions" -> session;
            case "cases" -> theCase;
            case "reasons" -> reason;
            case "measures" -> measure;
            case "families" -> family;
            case "members" -> student;
            case "reports" -> !template.startsWith("hotline/") ? MISSING
                    : template.endsWith("/case") ? reportForCase
                    : template.endsWith("/closure") ? reportForClosure : report;
            case "police-registrations" -> registration;
            case "prescriptions" -> prescription;
            case "schools" -> school;
            case "staff" -> designation;
            case "regions" -> 75;
            case "inspections" -> inspection;
            case "transfers" -> transfer;
            case "versions" -> draft;
            default -> param.equals("report") ? -1 : MISSING;
        };
        return value == -1 ? "cases" : Long.toString(value);
    }

    private static boolean spareFor(Operation op) {
        String t = op.apiTemplate();
        return op.method().equals("POST") && (t.endsWith("/status") || t.endsWith("/transfers")
                || t.endsWith("/police-registrations"));
    }

    /** A valid body for the operation, made afresh (new IINs, codes and ids, the record's current version). */
    JsonObject base(Operation op, JsonObject schema) {
        JsonObject built = (JsonObject) example(schema, "", op);
        JsonObjectBuilder body = Json.createObjectBuilder(built);
        String name = FuzzOpenApi.nameOf(op.bodySchema());
        switch (name) {
            case "NewStudent" -> body.add("iin", newIin()).add("birthDate", BORN.toString()).add("sex", "FEMALE");
            case "BreakGlassRequest" -> body.add("iin", schoolBIin);
            case "NewInspection" -> body.add("findings", findings()).remove("cctvCameras").remove("cctvWorking");
            case "EvaluationRequest", "NewDistrict" -> body.add("regionId", REGION);
            case "NewSchool" -> body.add("districtId", district);
            case "Reassignment" -> body.add("role", "INSPECTOR").add("username", "inspector1");
            case "NewDesignation" -> body.add("username", "psychologist1");
            default -> {
            }
        }
        return body.build();
    }

    /** A finding for every item the test's school must be checked for; the list changes with its profile. */
    private JsonArrayBuilder findings() {
        if (schoolChecklist == null) {
            helperRequests++;
            schoolChecklist = Api.as("admin1").get("schools/" + school + "/safety/checklist").array()
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("item")).toList();
        }
        JsonArrayBuilder findings = Json.createArrayBuilder();
        schoolChecklist.forEach(item -> findings.add(Json.createObjectBuilder().add("item", item).add("finding", "OK")));
        return findings;
    }

    /** A valid value of a schema for a field of this name. */
    JsonValue example(JsonObject schema, String field, Operation op) {
        JsonObject s = api.resolve(schema);
        String f = field.toLowerCase(Locale.ROOT);
        return switch (api.kindOf(s)) {
            case ENUM -> Json.createValue(enumValue(s, field, op));
            case INTEGER -> Json.createValue(integer(s, field, op));
            case NUMBER -> Json.createValue(f.equals("maxscore") ? 20 : 10);
            case BOOLEAN -> f.equals("held") ? JsonValue.FALSE : JsonValue.TRUE;
            case DATE -> Json.createValue(date(f).toString());
            // now: a first contact may not come before the case opened, moments ago, nor lie in the future
            case DATE_TIME -> Json.createValue(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            case TIME -> Json.createValue("10:00");
            case STRING -> Json.createValue(text(s, field));
            case ARRAY -> array(s, field, op);
            case OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (s.containsKey("properties")) {
                    s.getJsonObject("properties").forEach((name, property) ->
                            object.add(name, example(property.asJsonObject(), name, op)));
                }
                yield object.build();
            }
            case ANY -> Json.createValue("x");
        };
    }

    private JsonValue array(JsonObject s, String field, Operation op) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        JsonObject items = s.containsKey("items") ? api.resolve(s.getJsonObject("items")) : JsonValue.EMPTY_JSON_OBJECT;
        if (field.equals("schoolIds")) {
            array.add(SCHOOL_A);
        } else if (field.equals("indicators")) {
            array.add("FAMILY_CONFLICT");
        } else {
            array.add(example(items, field.endsWith("s") ? field.substring(0, field.length() - 1) : field, op));
        }
        return array.build();
    }

    private String enumValue(JsonObject s, String field, Operation op) {
        List<String> values = s.getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
        String wanted = switch (field) {
            case "status" -> op.apiTemplate().startsWith("cases/") && !op.apiTemplate().contains("measures")
                    ? "MONITORING" : op.apiTemplate().contains("measures") ? "IN_PROGRESS" : "ACTIVE";
            case "level" -> "MEDIUM";
            case "riskLevel", "urgency" -> "LOW";
            case "outcome" -> "FALSE_ALARM";
            case "role" -> op.apiTemplate().contains("reassign") ? "SOCIAL_PEDAGOGUE"
                    : op.apiTemplate().contains("incident") || op.apiTemplate().contains("participant") ? "WITNESS"
                    : values.get(0);
            case "concern" -> "BULLYING";
            case "callerKind" -> "ANONYMOUS";
            default -> values.get(0);
        };
        return values.contains(wanted) ? wanted : values.get(0);
    }

    private long integer(JsonObject s, String field, Operation op) {
        return switch (field) {
            case "schoolId" -> SCHOOL_A;
            case "toSchoolId" -> SCHOOL_B;
            case "studentId" -> student;
            case "regionId" -> 75;
            case "districtId" -> 7502;
            case "instrumentId" -> instrument;
            case "version" -> version(op);
            case "id" -> 90_000_000L + SERIAL.incrementAndGet();
            case "durationMinutes" -> 40;
            case "grade" -> 9;
            case "blockSize" -> 100;
            case "months" -> 1;
            case "cctvCameras", "cctvWorking" -> 4;
            default -> {
                long min = s.containsKey("minimum") ? s.getJsonNumber("minimum").longValue() : 1;
                long max = s.containsKey("maximum") ? s.getJsonNumber("maximum").longValue() : Long.MAX_VALUE;
                yield Math.min(Math.max(min, 1), max);
            }
        };
    }

    private static LocalDate date(String field) {
        if (field.equals("birthdate")) {
            return BORN;
        }
        if (field.equals("startson")) {
            return today().minusDays(10);
        }
        if (field.matches(".*(review|due|until|ends|followup|contractto|deadline).*")) {
            return today().plusDays(14);
        }
        if (field.matches(".*(testedon|contractfrom).*")) {
            return today().minusDays(60);
        }
        return today().minusDays(1);
    }

    private String text(JsonObject s, String field) {
        String value = switch (field) {
            case "iin" -> newIin();
            case "username" -> "psychologist1";
            case "responsible" -> "socped1";
            case "phone" -> "+77011234567";
            case "guard" -> "SECURITY_COMPANY";
            case "code" -> s.getString("pattern", "").startsWith("[a-z]") ? "anxiety" : "FUZZ-" + SERIAL.incrementAndGet();
            case "item" -> checklist.get(0);
            case "finding" -> "OK";
            default -> "Fuzz text, long enough for any minimum of twenty characters";
        };
        int max = s.getInt("maxLength", Integer.MAX_VALUE);
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** The current version of the record an operation changes, read once and again after anything changed. */
    long version(Operation op) {
        String t = op.apiTemplate();
        String source;
        String key;
        if (t.startsWith("cases/{id}/measures/")) {
            source = "cases/" + theCase + "/measures";
            key = "measure";
        } else if (t.startsWith("cases/")) {
            source = "cases/" + theCase;
            key = source;
        } else if (t.startsWith("students/")) {
            source = "students/" + student;
            key = source;
        } else if (t.startsWith("families/")) {
            source = "families/" + family;
            key = source;
        } else if (t.contains("safety")) {
            source = "schools/" + school + "/safety";
            key = source;
        } else {
            return 0;
        }
        return versions.computeIfAbsent(key, k -> {
            helperRequests++;
            Api.Reply reply = Api.as("admin1").get(source);
            if (reply.status() != 200) {
                return 0L;
            }
            if (k.equals("measure")) {
                return reply.array().getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getJsonNumber("id").longValue() == measure)
                        .mapToLong(m -> m.getJsonNumber("version").longValue()).findFirst().orElse(0);
            }
            return reply.object().getJsonNumber("version").longValue();
        });
    }

    /** How many requests the world sent on its own, to read versions (each a read, audited). */
    int helperRequests() {
        return helperRequests;
    }

    /** Forget the versions read: something may have changed. */
    void changed() {
        versions.clear();
        schoolChecklist = null;
    }

    /** What the document leaves as a bare object, described here from the resource and its tests. */
    static JsonObject inlineSchema(Operation op) {
        String t = op.apiTemplate();
        if (!op.method().equals("POST")) {
            return null;
        }
        if (t.equals("thresholds/versions")) {
            return Json.createReader(new java.io.StringReader("""
                    {"type":"object","required":["note","values"],"properties":{
                      "note":{"type":"string","maxLength":1000},
                      "values":{"type":"object","properties":{
                        "ew04MinIncidents":{"type":"integer","format":"int32","minimum":1,"maximum":1000},
                        "ew01WindowDays":{"type":"integer","format":"int32","minimum":1,"maximum":3650}}}}}""")).readObject();
        }
        if (t.equals("thresholds/versions/{number}/what-if")) {
            return Json.createReader(new java.io.StringReader("""
                    {"type":"object","required":["regionId","months"],"properties":{
                      "regionId":{"type":"integer","format":"int64"},
                      "months":{"type":"integer","format":"int32","minimum":1,"maximum":24}}}""")).readObject();
        }
        return null;
    }
}
