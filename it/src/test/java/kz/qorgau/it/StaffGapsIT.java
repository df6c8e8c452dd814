package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every case reaches a person the moment it opens (EW-12): when a rule needs a role nobody at the school is
 * designated for, at any level, the school's administrator is told, or the coordinator when the school designated
 * no administrator either; a HIGH or CRITICAL case goes to the coordinator as well. The missing designations are
 * named on the case. Each level is tried at a school with an administrator and at one without.
 */
@ExtendWith(ArquillianExtension.class)
class StaffGapsIT {

    private static final AtomicLong SCHOOLS = new AtomicLong(8_800);

    @Test
    void aLowSiblingReviewWithoutASocialPedagogueReachesSomebody() {
        for (boolean administrator : List.of(true, false)) {
            long school = schoolWith(administrator, "PSYCHOLOGIST", "INSPECTOR");
            long student = studentAt(school);
            putFamilyOnThePoliceRegister(school, student);

            assertReachesSomebody(student, "LOW", administrator, Set.of("SOCIAL_PEDAGOGUE"));
        }
    }

    @Test
    void aMediumCaseWithoutAnInspectorReachesSomebody() {
        for (boolean administrator : List.of(true, false)) {
            long school = schoolWith(administrator, "PSYCHOLOGIST", "SOCIAL_PEDAGOGUE");
            long student = studentAt(school);
            for (int daysAgo : new int[] {5, 1}) {
                Api.Reply delivery = Api.as("admin1").post("students/" + student + "/raid-deliveries", """
                        {"date":"%s","reason":"CURFEW","policeUnit":"Bostandyk department"}"""
                        .formatted(today().minusDays(daysAgo)));
                assertThat(delivery.status()).as(delivery.toString()).isEqualTo(201);
            }

            assertReachesSomebody(student, "MEDIUM", administrator, Set.of("INSPECTOR"));
        }
    }

    @Test
    void aHighCaseWithoutAnInspectorOrASocialPedagogueReachesSomebody() {
        for (boolean administrator : List.of(true, false)) {
            long school = schoolWith(administrator, "PSYCHOLOGIST");
            long student = studentAt(school);
            for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
                Api.Reply incident = Api.as("inspector1").post("students/" + student + "/incidents",
                        incidentJson(daysAgo, "PERPETRATOR"));
                assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
            }

            assertReachesSomebody(student, "HIGH", administrator, Set.of("INSPECTOR", "SOCIAL_PEDAGOGUE"));
        }
    }

    @Test
    void aCriticalCaseWithoutAPsychologistReachesSomebody() {
        for (boolean administrator : List.of(true, false)) {
            long school = schoolWith(administrator, "INSPECTOR", "SOCIAL_PEDAGOGUE");
            long student = studentAt(school);
            Api.Reply incident = Api.as("inspector1").post("students/" + student + "/incidents", """
                    {"date":"%s","type":"DOMESTIC_VIOLENCE","role":"VICTIM"}""".formatted(today()));
            assertThat(incident.status()).as(incident.toString()).isEqualTo(201);

            assertReachesSomebody(student, "CRITICAL", administrator, Set.of("PSYCHOLOGIST"));
        }
    }

    @Test
    void theDirectorFindsTheCaseInTheirInboxAndTheTimelineNamesTheMissingRoleInTheirLanguage() {
        Api director = Api.as("director1");
        long socialPedagogue = designationOf(SCHOOL_A, "socped1");
        assertThat(director.delete("schools/" + SCHOOL_A + "/staff/" + socialPedagogue).status()).isEqualTo(204);
        try {
            Api.Reply created = Api.as("psychologist1").post("students", studentJson(newIin(), SCHOOL_A));
            long student = created.object().getJsonNumber("id").longValue();
            putFamilyOnThePoliceRegister(SCHOOL_A, student);

            long id = onlyCaseOf(student).getJsonNumber("id").longValue();
            assertThat(Fixtures.inboxHolds("director1", id)).as("case " + id + " in the director's inbox").isTrue();
            assertThat(director.get("cases/" + id + "/escalations").array().getValuesAs(JsonObject.class))
                    .singleElement().satisfies(e -> assertThat(e.getString("target")).isEqualTo("SCHOOL_ADMIN"));
            List<JsonObject> timeline = director.inLanguage("kk").get("cases/" + id + "/timeline?size=100").array()
                    .getValuesAs(JsonObject.class);
            assertThat(timeline).filteredOn(e -> e.getString("type").equals("STAFF_MISSING")).singleElement()
                    .satisfies(e -> assertThat(e.getString("text")).isEqualTo("Мектепте әлеуметтік педагог тағайындалмаған."));
            assertThat(Fixtures.inboxHolds("coordinator1", id))
                    .as("a LOW case at a school with an administrator stays with the school").isFalse();
        } finally {
            Api.Reply again = director.post("schools/" + SCHOOL_A + "/staff",
                    "{\"username\":\"socped1\",\"role\":\"SOCIAL_PEDAGOGUE\"}");
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
        }
    }

    private static void assertReachesSomebody(long student, String level, boolean administrator,
                                              Set<String> missingStaff) {
        JsonObject theCase = onlyCaseOf(student);
        assertThat(theCase.getString("level")).isEqualTo(level);
        long id = theCase.getJsonNumber("id").longValue();
        List<JsonObject> escalations = Api.as("admin1").get("cases/" + id + "/escalations").array()
                .getValuesAs(JsonObject.class);
        Set<String> expectedTargets = administrator
                ? (level.equals("HIGH") || level.equals("CRITICAL") ? Set.of("SCHOOL_ADMIN", "COORDINATOR")
                        : Set.of("SCHOOL_ADMIN"))
                : Set.of("COORDINATOR");
        String situation = level + (administrator ? " with an administrator" : " without an administrator");
        assertThat(escalations).as(situation).allSatisfy(e -> assertThat(e.getString("ruleId")).isEqualTo("EW-12"));
        assertThat(escalations.stream().map(e -> e.getString("target")).collect(Collectors.toSet()))
                .as(situation).isEqualTo(expectedTargets);
        Set<String> missing = new HashSet<>(missingStaff);
        if (!administrator) {
            missing.add("SCHOOL_ADMIN");
        }
        assertThat(escalations).as(situation).allSatisfy(e -> assertThat(e.getJsonArray("missingRoles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet()))
                .isEqualTo(missing));
        List<JsonObject> timeline = Api.as("admin1").get("cases/" + id + "/timeline?size=100").array()
                .getValuesAs(JsonObject.class);
        assertThat(timeline.stream().filter(e -> e.getString("type").equals("STAFF_MISSING")).count())
                .as(situation + ": each missing designation named once").isEqualTo(missing.size());
        if (!administrator) {
            assertThat(Fixtures.inboxHolds("coordinator1", id)).as(situation + ": in the coordinator's inbox").isTrue();
        }
    }

    /** A new school of the Bostandyk district with exactly these designations (and its administrator, if asked). */
    private static long schoolWith(boolean administrator, String... roles) {
        long id = SCHOOLS.incrementAndGet();
        Api admin = Api.as("admin1");
        Api.Reply school = admin.post("schools", """
                {"id":%d,"districtId":7502,"kind":"SCHOOL","name":{"kk":"№ %d мектеп","ru":"Школа № %d","en":"School %d"}}"""
                .formatted(id, id, id, id));
        assertThat(school.status()).as(school.toString()).isEqualTo(201);
        List<String> designated = new ArrayList<>(Arrays.asList(roles));
        if (administrator) {
            designated.add("SCHOOL_ADMIN");
        }
        for (String role : designated) {
            Api.Reply designation = admin.post("schools/" + id + "/staff", """
                    {"username":"%s.%d","role":"%s"}""".formatted(role.toLowerCase(), id, role));
            assertThat(designation.status()).as(designation.toString()).isEqualTo(201);
        }
        return id;
    }

    private static long studentAt(long school) {
        Api.Reply created = Api.as("admin1").post("students", studentJson(newIin(), school));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    private static void putFamilyOnThePoliceRegister(long school, long student) {
        Api admin = Api.as("admin1");
        Api.Reply family = admin.post("families",
                "{\"schoolId\":" + school + ",\"address\":\"Алматы, ул. Абая, 12\",\"flags\":[]}");
        assertThat(family.status()).as(family.toString()).isEqualTo(201);
        long id = family.object().getJsonNumber("id").longValue();
        assertThat(admin.post("families/" + id + "/members", "{\"studentId\":" + student + "}").status())
                .isEqualTo(200);
        Api.Reply registered = admin.post("families/" + id + "/police-registration", """
                {"registeredOn":"%s","reason":"Неисполнение родительских обязанностей"}"""
                .formatted(today().minusDays(2)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    private static long designationOf(long school, String username) {
        return Api.as("admin1").get("schools/" + school + "/staff?size=100").array().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
