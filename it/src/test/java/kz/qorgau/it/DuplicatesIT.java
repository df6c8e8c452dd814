package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * One child, one record (docs/PRODUCT.md): opening a file shows the look-alike files of the region the caller may
 * see, tells the coordinator of the others, and a decision or a merge settles the pair; a merge moves everything and
 * its undo gives it back. Each test has children born on a day of its own, so that no other test's files look alike.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicatesIT {

    private static final AtomicInteger SERIAL = new AtomicInteger(400);

    @Test
    void aLookAlikeFileTheCallerMaySeeIsShownAndADismissalIsNotRaisedAgain() {
        LocalDate born = LocalDate.of(2012, 1, 5);
        long kazakh = register("psychologist1", SCHOOL_A, "Нұрланов", "Әлихан", born);
        long latin = register("psychologist1", SCHOOL_A, "Nurlanov", "Alikhan", born);

        JsonObject found = duplicatesOf(kazakh, "psychologist1");
        assertThat(found.getInt("elsewhere")).isZero();
        assertThat(found.getJsonArray("candidates")).hasSize(1);
        JsonObject candidate = found.getJsonArray("candidates").getJsonObject(0);
        assertThat(candidate.getJsonObject("file").getJsonNumber("studentId").longValue()).isEqualTo(latin);
        assertThat(candidate.getJsonObject("file").getString("lastName")).isEqualTo("Nurlanov");
        long pair = candidate.getJsonNumber("suspicionId").longValue();
        // the other file, opened, names the same pair
        assertThat(duplicatesOf(latin, "psychologist1").getJsonArray("candidates").getJsonObject(0)
                .getJsonNumber("suspicionId").longValue()).isEqualTo(pair);

        Api.Reply noReason = Api.as("psychologist1").post("duplicates/" + pair + "/dismissal", "{}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        Api.Reply dismissed = Api.as("psychologist1").post("duplicates/" + pair + "/dismissal",
                "{\"note\":\"Егіздер емес, аттас балалар: ата-аналары әртүрлі.\"}");
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.object().getString("status")).isEqualTo("DISMISSED");

        assertThat(duplicatesOf(kazakh, "psychologist1").getJsonArray("candidates")).isEmpty();
        assertThat(duplicatesOf(latin, "psychologist1").getJsonArray("candidates")).isEmpty();
        assertThat(Api.as("admin1").post("duplicate-checks?regionId=75", "{}").status()).isEqualTo(200);
        assertThat(pairIds("coordinator1")).doesNotContain(pair);
        Api.Reply again = Api.as("psychologist1").post("duplicates/" + pair + "/dismissal", "{\"note\":\"again\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
    }

    @Test
    void aLookAlikeAtAnotherSchoolIsOnlySaidToExistAndTheCoordinatorIsTold() {
        LocalDate born = LocalDate.of(2012, 1, 6);
        long here = register("psychologist1", SCHOOL_A, "Қуанышева", "Жансая", born);
        long there = register("psychologist2", SCHOOL_B, "Kuanysheva", "Zhansaya", born);

        Api.Reply opened = Api.as("psychologist1").inLanguage("kk").get("students/" + here);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        JsonObject found = opened.object().getJsonObject("duplicates");
        assertThat(found.getJsonArray("candidates")).isEmpty();
        assertThat(found.getInt("elsewhere")).isEqualTo(1);
        assertThat(found.getString("elsewhereNote")).contains("Басқа мектепте").contains("үйлестірушісіне");
        assertThat(opened.text()).doesNotContain("Kuanysheva").doesNotContain(String.valueOf(there));
        assertThat(Api.as("psychologist1").inLanguage("ru").get("students/" + here).object()
                .getJsonObject("duplicates").getString("elsewhereNote")).contains("другой школе");

        JsonObject told = pairOf(here, there, "coordinator1");
        assertThat(told.getString("foundBy")).isEqualTo("psychologist1");
        assertThat(told.getString("status")).isEqualTo("OPEN");
        long pair = told.getJsonNumber("id").longValue();
        // deciding needs both files in sight
        Api.Reply refused = Api.as("psychologist1").post("duplicates/" + pair + "/dismissal", "{\"note\":\"нет\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        // a coordinator sees both
        assertThat(duplicatesOf(here, "coordinator1").getJsonArray("candidates")).hasSize(1);
    }

    @Test
    void aMergeMovesEverythingTheFileHeldAndItsUndoGivesItBack() {
        LocalDate born = LocalDate.of(2012, 1, 7);
        long kept = register("psychologist1", SCHOOL_A, "Өмірзақ", "Ілияс", born);
        long merged = register("psychologist2", SCHOOL_B, "Omirzak", "Ilyas", born);
        Api staffB = Api.as("psychologist2");
        assertThat(staffB.post("students/" + merged + "/sessions", sessionJson(1, "\"SELF_HARM\"", "merge")).status())
                .isEqualTo(201);
        assertThat(staffB.post("students/" + merged + "/incidents", incidentJson(2, "WITNESS")).status())
                .isEqualTo(201);
        assertThat(Api.as("inspector1").post("students/" + merged + "/police-registrations", """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-9/2026","note":"merge"}"""
                .formatted(Fixtures.today().minusDays(5), Fixtures.today().plusDays(90))).status()).isEqualTo(201);
        long family = Api.as("admin1").post("families", """
                {"schoolId":%d,"address":"Алматы, Сәтбаев к-сі, 5","flags":["LOW_INCOME"]}""".formatted(SCHOOL_B))
                .object().getJsonNumber("id").longValue();
        assertThat(Api.as("admin1").post("families/" + family + "/members", "{\"studentId\":" + merged + "}").status())
                .isEqualTo(200);
        Api admin = Api.as("admin1");
        int sessions = admin.get("students/" + merged + "/sessions").array().size();
        int cases = Fixtures.casesOf(merged).size();
        assertThat(sessions).isEqualTo(1);
        assertThat(cases).isEqualTo(1);

        Api.Reply merge = Api.as("coordinator1").post("duplicates/merges",
                "{\"keptStudentId\":%d,\"mergedStudentId\":%d}".formatted(kept, merged));
        assertThat(merge.status()).as(merge.toString()).isEqualTo(201);
        JsonObject moved = merge.object().getJsonObject("moved");
        assertThat(moved.getInt("psychologist_session")).isEqualTo(1);
        assertThat(moved.getInt("early_warning_case")).isEqualTo(1);
        assertThat(moved.getInt("incident_participant")).isEqualTo(1);
        assertThat(moved.getInt("police_registration")).isEqualTo(1);
        long mergeId = merge.object().getJsonNumber("id").longValue();

        assertThat(admin.get("students/" + kept + "/sessions").array()).hasSize(1);
        assertThat(admin.get("students/" + kept + "/incidents").array()).hasSize(1);
        assertThat(admin.get("students/" + kept + "/police-registrations").array()).hasSize(1);
        assertThat(Fixtures.casesOf(kept)).hasSize(1);
        assertThat(admin.get("students/" + merged + "/sessions").array()).isEmpty();
        assertThat(memberIds(family)).containsExactly(kept);
        JsonObject away = admin.get("students/" + merged).object();
        assertThat(away.getString("status")).isEqualTo("MERGED");
        assertThat(away.getJsonNumber("mergedIntoId").longValue()).isEqualTo(kept);
        assertThat(Api.as("coordinator1").get("duplicates/merges").array().getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getJsonNumber("id").longValue()).isEqualTo(mergeId));
        assertThat(Api.as("admin1").get("audit?recordType=student-merge&recordId=" + mergeId).array()).isNotEmpty();

        Api.Reply undone = Api.as("coordinator1").post("duplicates/merges/" + mergeId + "/undo", "{}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.object().getString("undoneBy")).isEqualTo("coordinator1");

        assertThat(admin.get("students/" + merged + "/sessions").array()).hasSize(1);
        assertThat(admin.get("students/" + merged + "/incidents").array()).hasSize(1);
        assertThat(admin.get("students/" + merged + "/police-registrations").array()).hasSize(1);
        assertThat(Fixtures.casesOf(merged)).hasSize(1);
        assertThat(admin.get("students/" + kept + "/sessions").array()).isEmpty();
        assertThat(Fixtures.casesOf(kept)).isEmpty();
        assertThat(memberIds(family)).containsExactly(merged);
        JsonObject back = admin.get("students/" + merged).object();
        assertThat(back.getString("status")).isEqualTo("ACTIVE");
        assertThat(back.containsKey("mergedIntoId")).isFalse();
        Api.Reply twice = Api.as("coordinator1").post("duplicates/merges/" + mergeId + "/undo", "{}");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
    }

    @Test
    void anImportRowNamingAMergedAwayFileIsRefusedNamingTheFileThatTakesItAndNothingIsWritten() {
        LocalDate born = LocalDate.of(2012, 1, 12);
        long kept = register("psychologist1", SCHOOL_A, "Жұмабаев", "Ерлан", born);
        long merged = register("psychologist1", SCHOOL_A, "Жумабаев", "Ерлан", born);
        String mergedIin = Api.as("director1").get("students/" + merged).object().getString("iin");
        Api.Reply merge = Api.as("coordinator1").post("duplicates/merges",
                "{\"keptStudentId\":%d,\"mergedStudentId\":%d}".formatted(kept, merged));
        assertThat(merge.status()).as(merge.toString()).isEqualTo(201);
        byte[] absences = ("iin,period_start,period_end,unexcused_days\n" + mergedIin + ","
                + Fixtures.today().minusDays(10) + "," + Fixtures.today().minusDays(1) + ",2\n")
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply report = Api.as("socped1").inLanguage("ru")
                .postBytes("imports/absences?fileName=absences.csv&mode=valid-rows", "text/csv", absences);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.object().getInt("rowsApplied")).isZero();
        assertThat(report.object().getJsonArray("rejectedRows").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(row -> assertThat(row.getString("reason")).isEqualTo("Карточка с ИИН " + mergedIin
                        + " объединена с карточкой " + kept + "; записи о ребёнке ведутся в карточке " + kept
                        + ": укажите в этой строке её ИИН."));
        Api psychologist = Api.as("psychologist1");
        assertThat(psychologist.get("students/" + merged + "/absences").array()).isEmpty();
        assertThat(psychologist.get("students/" + kept + "/absences").array()).isEmpty();
    }

    @Test
    void aMergedAwayFileTakesNoNewRecordAndNamesTheFileThatDoes() {
        LocalDate born = LocalDate.of(2012, 1, 11);
        long kept = register("psychologist1", SCHOOL_A, "Сәрсенбаев", "Нұрлан", born);
        long merged = register("psychologist1", SCHOOL_A, "Сарсенбаев", "Нурлан", born);
        long version = Api.as("director1").get("students/" + merged).object().getJsonNumber("version").longValue();
        Api.Reply merge = Api.as("coordinator1").post("duplicates/merges",
                "{\"keptStudentId\":%d,\"mergedStudentId\":%d}".formatted(kept, merged));
        assertThat(merge.status()).as(merge.toString()).isEqualTo(201);

        Api.Reply session = Api.as("psychologist1").inLanguage("ru").post("students/" + merged + "/sessions",
                sessionJson(0, "\"SELF_HARM\"", "Өзіне зиян келтірді, анасы білмейді."));
        assertRefused(session, "Карточка " + merged + " объединена с карточкой " + kept
                + "; внесите запись в карточку " + kept + ".");
        Api.Reply incident = Api.as("director1").inLanguage("kk").post("students/" + merged + "/incidents",
                incidentJson(1, "WITNESS"));
        assertRefused(incident, merged + " карточкасы " + kept + " карточкасымен біріктірілген; жазбаны " + kept
                + " карточкасына енгізіңіз.");
        Api.Reply registration = Api.as("inspector1").inLanguage("en").post("students/" + merged
                + "/police-registrations", """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-11/2026","note":"merged"}"""
                .formatted(Fixtures.today().minusDays(5), Fixtures.today().plusDays(90)));
        assertRefused(registration, "The file " + merged + " was merged into the file " + kept
                + "; record it on the file " + kept + ".");
        assertRefused(Api.as("director1").put("students/" + merged, """
                {"lastName":"Сарсенбаев","firstName":"Нұрлан","grade":8,"classLetter":"A","version":%d}"""
                .formatted(version)), "");
        assertRefused(Api.as("socped1").post("students/" + merged + "/consents", """
                {"guardianName":"Сарсенбаева Гүлнар","givenOn":"%s","how":"SIGNED_FORM"}"""
                .formatted(Fixtures.today())), "");

        Api admin = Api.as("admin1");
        assertThat(admin.get("students/" + merged + "/sessions").array()).as("nothing half-written").isEmpty();
        assertThat(admin.get("students/" + kept + "/sessions").array()).isEmpty();
        assertThat(admin.get("students/" + kept + "/incidents").array()).isEmpty();
        assertThat(admin.get("students/" + merged).object().getString("lastName")).isEqualTo("Сарсенбаев");

        long mergeId = merge.object().getJsonNumber("id").longValue();
        assertThat(Api.as("coordinator1").post("duplicates/merges/" + mergeId + "/undo", "{}").status())
                .isEqualTo(200);
        assertThat(Api.as("psychologist1").post("students/" + merged + "/sessions",
                sessionJson(0, "\"SELF_HARM\"", "Бірігу болдырылмады.")).status()).as("after the undo").isEqualTo(201);
    }

    /** 400 problem+json with the detail given, or with any detail when none is given. */
    private static void assertRefused(Api.Reply reply, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (detail.isEmpty()) {
            assertThat(reply.object().getString("detail")).as(reply.toString()).contains("merged");
        } else {
            assertThat(reply.object().getString("detail")).isEqualTo(detail);
        }
    }

    @Test
    void onlyACoordinatorMerges() {
        LocalDate born = LocalDate.of(2012, 1, 8);
        long one = register("psychologist1", SCHOOL_A, "Шаңғытбаев", "Үмбет", born);
        long other = register("psychologist1", SCHOOL_A, "Shangytbayev", "Umbet", born);
        String body = "{\"keptStudentId\":%d,\"mergedStudentId\":%d}".formatted(one, other);
        for (String user : List.of("psychologist1", "director1", "inspector1", "ombudsman1", "admin1")) {
            Api.Reply refused = Api.as(user).post("duplicates/merges", body);
            assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
            assertThat(refused.contentType()).as(user).startsWith("application/problem+json");
        }
        assertThat(Api.as("admin1").get("students/" + other).object().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aCoordinatorMergesNoFileOutsideTheirRegion() {
        LocalDate born = LocalDate.of(2012, 1, 9);
        long inRegion = register("psychologist1", SCHOOL_A, "Ғалымжанов", "Ерлан", born);
        long district = 19L * 100_000 + 77_000 + SERIAL.incrementAndGet();
        Api admin = Api.as("admin1");
        assertThat(admin.post("districts", """
                {"id":%d,"regionId":19,"name":{"kk":"Қос аудан","ru":"Двойной район","en":"Twin district"}}"""
                .formatted(district)).status()).isEqualTo(201);
        long school = district * 1_000 + 1;
        assertThat(admin.post("schools", """
                {"id":%d,"districtId":%d,"kind":"SCHOOL","name":{"kk":"Қос мектеп","ru":"Двойная школа","en":"Twin school"}}"""
                .formatted(school, district)).status()).isEqualTo(201);
        long outside = register("admin1", school, "Galymzhanov", "Yerlan", born);

        Api.Reply refused = Api.as("coordinator1").post("duplicates/merges",
                "{\"keptStudentId\":%d,\"mergedStudentId\":%d}".formatted(inRegion, outside));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("students/" + outside).object().getString("status")).isEqualTo("ACTIVE");
        // nor is a file of another region offered as a look-alike
        assertThat(duplicatesOf(inRegion, "admin1").getJsonArray("candidates")).isEmpty();
    }

    @Test
    void theNightlySearchTellsTheCoordinatorOfFilesNobodyOpened() {
        LocalDate born = LocalDate.of(2012, 1, 10);
        long one = register("psychologist1", SCHOOL_A, "Хасанов", "Дәулет", born);
        long other = register("psychologist2", SCHOOL_B, "Khasanov", "Daulet", born);
        register("psychologist2", SCHOOL_B, "Хасанова", "Дана", born);

        Api.Reply scan = Api.as("admin1").post("duplicate-checks?regionId=75", "{}");
        assertThat(scan.status()).as(scan.toString()).isEqualTo(200);
        assertThat(scan.object().getInt("newPairs")).isGreaterThanOrEqualTo(1);
        JsonObject told = pairOf(one, other, "coordinator1");
        assertThat(told.getString("foundBy")).isEqualTo("scheduler");
        Api.as("admin1").post("duplicate-checks?regionId=75", "{}");
        assertThat(Api.as("coordinator1").get("duplicates?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == told.getJsonNumber("id").longValue()))
                .hasSize(1);
        assertThat(Api.as("psychologist1").get("duplicates").status()).isEqualTo(403);
    }

    private static long register(String user, long school, String lastName, String firstName, LocalDate born) {
        String iin = Iin.issue(born, Sex.MALE, SERIAL.getAndAdd(3)).digits();
        Api.Reply reply = Api.as(user).post("students", """
                {"iin":"%s","lastName":"%s","firstName":"%s","birthDate":"%s","sex":"MALE","schoolId":%d,"grade":8,
                 "classLetter":"A"}""".formatted(iin, lastName, firstName, born, school));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static JsonObject duplicatesOf(long student, String user) {
        Api.Reply reply = Api.as(user).get("students/" + student);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonObject("duplicates");
    }

    private static List<Long> pairIds(String user) {
        return Api.as(user).get("duplicates?size=500").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject pairOf(long one, long other, String user) {
        return Api.as(user).get("duplicates?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> List.of(one, other).contains(p.getJsonObject("first").getJsonNumber("studentId")
                        .longValue()) && List.of(one, other).contains(p.getJsonObject("second")
                        .getJsonNumber("studentId").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no pair of " + one + " and " + other));
    }

    private static List<Long> memberIds(long family) {
        return Api.as("admin1").get("families/" + family + "/members").array().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("studentId").longValue()).toList();
    }
}
