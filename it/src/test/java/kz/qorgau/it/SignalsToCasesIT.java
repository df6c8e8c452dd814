package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.casesOf;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of signal reaches the rules the moment it is recorded or imported: a survey file, a police
 * registration and a raid, a family put on the police register, absences, an incident the school kept quiet about.
 */
@ExtendWith(ArquillianExtension.class)
class SignalsToCasesIT {

    private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000);

    @Test
    void aSurveyScoreAtTheSuicideRiskThresholdRaisesAHighCaseForThePsychologist() {
        String atRisk = newIin();
        String notAtRisk = newIin();
        long atRiskId = register(atRisk);
        long notAtRiskId = register(notAtRisk);
        long campaign = newCampaign();
        String csv = "iin,scale,score,taken_on\n"
                + atRisk + ",suicide," + "12," + today().minusDays(3) + "\n"
                + notAtRisk + ",suicide," + "3," + today().minusDays(3) + "\n"
                + notAtRisk + ",depression," + "27," + today().minusDays(3) + "\n";

        Api.Reply imported = Api.as("psychologist1").postBytes("imports/survey-results?campaignId=" + campaign
                + "&fileName=screening.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonObject theCase = onlyCaseOf(atRiskId);
        assertThat(theCase.getString("level")).isEqualTo("HIGH");
        assertThat(ruleIds(theCase)).contains("EW-03");
        assertThat(assignees(theCase)).contains("psychologist1:PSYCHOLOGIST");
        assertThat(casesOf(notAtRiskId)).as("a depression score is not a suicide-risk score").isEmpty();
    }

    @Test
    void aRaidDeliveryOfAPoliceRegisteredStudentRaisesAHighCaseForTheInspector() {
        long student = newStudentAtSchoolA();
        assertThat(Api.as("inspector1").post("students/" + student + "/police-registrations", """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-7/2026"}"""
                .formatted(today().minusDays(20), today().plusDays(160))).status()).isEqualTo(201);

        Api.Reply delivery = Api.as("inspector1").post("students/" + student + "/raid-deliveries", """
                {"date":"%s","reason":"CURFEW","policeUnit":"Bostandyk department"}""".formatted(today().minusDays(1)));

        assertThat(delivery.status()).isEqualTo(201);
        JsonObject theCase = onlyCaseOf(student);
        assertThat(theCase.getString("level")).isEqualTo("HIGH");
        assertThat(ruleIds(theCase)).contains("EW-05");
        assertThat(assignees(theCase)).contains("inspector1:INSPECTOR");
    }

    @Test
    void aFamilyPutOnThePoliceRegisterGivesEveryChildAReviewByTheirSocialPedagogue() {
        long family = newFamilyWith(newStudentAtSchoolA(), newStudentAtSchoolA());
        List<Long> children = childrenOf(family);

        Api.Reply registered = Api.as("inspector1").post("families/" + family + "/police-registration", """
                {"registeredOn":"%s","reason":"Неисполнение родительских обязанностей"}""".formatted(today()));

        assertThat(registered.status()).isEqualTo(201);
        for (long child : children) {
            JsonObject theCase = onlyCaseOf(child);
            assertThat(ruleIds(theCase)).containsExactly("EW-13");
            assertThat(theCase.getString("level")).isEqualTo("LOW");
            assertThat(assignees(theCase)).containsExactly("socped1:SOCIAL_PEDAGOGUE");
        }
    }

    @Test
    void absencesOfAChildOfARegisteredFamilyRaiseAMediumCaseForTheSocialPedagogue() {
        String iin = newIin();
        long child = register(iin);
        long family = newFamilyWith(child);
        Api.as("inspector1").post("families/" + family + "/police-registration", """
                {"registeredOn":"%s","reason":"Жестокое обращение"}""".formatted(today().minusDays(40)));
        String csv = "iin,period_start,period_end,unexcused_days\n"
                + iin + "," + today().minusDays(20) + "," + today().minusDays(1) + ",12\n";

        Api.Reply imported = Api.as("socped1").postBytes("imports/absences?fileName=absences.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonObject theCase = onlyCaseOf(child);
        assertThat(ruleIds(theCase)).contains("EW-07");
        assertThat(theCase.getString("level")).isEqualTo("MEDIUM");
    }

    @Test
    void anIncidentOnSchoolGroundsThatOnlyThePoliceRecordedIsAFlagForCoordinatorAndOmbudsmanOnly() {
        long student = newStudentAtSchoolA();

        Api.Reply incident = Api.as("inspector1").post("incidents", """
                {"date":"%s","time":"11:40","onSchoolGrounds":true,"location":"Двор школы","type":"FIGHT",
                 "severity":"SEVERE","source":"POLICE","participants":[{"studentId":%d,"role":"VICTIM"}]}"""
                .formatted(today().minusDays(10), student));

        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
        long incidentId = incident.object().getJsonNumber("id").longValue();
        for (String overseer : List.of("coordinator1", "ombudsman1")) {
            List<JsonObject> flags = Api.as(overseer).get("concealment-flags?size=100").array()
                    .getValuesAs(JsonObject.class);
            assertThat(flags).as(overseer).anySatisfy(flag -> {
                assertThat(flag.getJsonNumber("incidentId").longValue()).isEqualTo(incidentId);
                assertThat(flag.getJsonNumber("studentId").longValue()).isEqualTo(student);
                assertThat(flag.getString("incidentSource")).isEqualTo("POLICE");
                assertThat(flag.getString("explanation")).isNotBlank();
            });
        }
        for (String school : List.of("director1", "psychologist1", "inspector1")) {
            assertThat(Api.as(school).get("concealment-flags").status()).as(school).isEqualTo(403);
        }
        assertThat(Api.as("ombudsman2").get("concealment-flags?size=100").array().getValuesAs(JsonObject.class))
                .as("another region's ombudsman").noneMatch(f -> f.getJsonNumber("incidentId").longValue() == incidentId);
    }

    private static long register(String iin) {
        Api.Reply reply = Api.as("psychologist1").post("students", studentJson(iin, SCHOOL_A));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static long newCampaign() {
        Api admin = Api.as("admin1");
        Api.Reply instrument = admin.post("surveys/instruments", """
                {"code":"RISK-%d","name":{"kk":"Скрининг","ru":"Скрининг","en":"Screening"},"scales":[
                 {"code":"suicide","name":{"kk":"Суицид","ru":"Суицид","en":"Suicide risk"},"threshold":10,"maxScore":20,
                  "suicideRisk":true},
                 {"code":"depression","name":{"kk":"Депрессия","ru":"Депрессия","en":"Depression"},"threshold":16,
                  "maxScore":27}]}""".formatted(CODES.incrementAndGet()));
        assertThat(instrument.status()).as(instrument.toString()).isEqualTo(201);
        assertThat(instrument.object().getJsonArray("scales").getJsonObject(0).getBoolean("suicideRisk")).isTrue();
        Api.Reply campaign = admin.post("surveys/campaigns", """
                {"instrumentId":%d,"startsOn":"%s","endsOn":"%s","schoolIds":[%d]}""".formatted(
                instrument.object().getJsonNumber("id").longValue(), today().minusDays(10), today().plusDays(10),
                SCHOOL_A));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        return campaign.object().getJsonNumber("id").longValue();
    }

    private static long newFamilyWith(long... children) {
        Api.Reply family = Api.as("socped1").post("families",
                "{\"schoolId\":" + SCHOOL_A + ",\"address\":\"Алматы, ул. Абая, 10\",\"flags\":[]}");
        long id = family.object().getJsonNumber("id").longValue();
        for (long child : children) {
            assertThat(Api.as("socped1").post("families/" + id + "/members", "{\"studentId\":" + child + "}")
                    .status()).isEqualTo(200);
        }
        return id;
    }

    private static List<Long> childrenOf(long family) {
        return Api.as("socped1").get("families/" + family + "/members").array().getValuesAs(JsonObject.class)
                .stream().map(m -> m.getJsonNumber("studentId").longValue()).toList();
    }

    private static List<String> ruleIds(JsonObject theCase) {
        return theCase.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("ruleId")).toList();
    }

    private static List<String> assignees(JsonObject theCase) {
        return theCase.getJsonArray("assignees").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("username") + ":" + a.getString("role")).toList();
    }
}
