package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.studentJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * The recording pages in a real headless Chromium: an inspector records an incident with two students found by IIN,
 * a form sent without a required field says so next to the field in Russian, a social pedagogue opens a family with
 * a guardian and a child, an inspector puts a student and the family on the police register, and a trust-line operator takes a report and closes it with a reason. Screenshots of
 * both pages in each language go to {@code it/target/screenshots}.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class RecordingPagesIT {

    @Browsers.Open
    private Browser browser;

    @Test
    void anInspectorRecordsAnIncidentWithTwoStudentsFoundByIin() {
        String perpetrator = newStudentIin();
        String victim = newStudentIin();

        browser.logIn("inspector1", "record.xhtml?lang=en");
        browser.shoot("record-en");
        addParticipant(perpetrator, "Perpetrator");
        addParticipant(victim, "Victim");
        browser.choose("incident:onSchoolGrounds", "Yes");
        browser.type("incident:location", "Canteen");
        browser.choose("incident:type", "Fight");
        browser.choose("incident:severity", "Moderate");
        assertThat(new Select(browser.find("incident:source")).getFirstSelectedOption().getText()).isEqualTo("Police");
        browser.type("incident:description", "A fight at lunch; one boy was hurt.");
        browser.click("incident:save");

        browser.waitForText("messages", "The incident is saved");
        assertThat(browser.text("savedIncident"))
                .contains(perpetrator + "): Perpetrator").contains(victim + "): Victim");
        assertThat(browser.text("incident:participants")).contains("No student named yet");
        JsonObject recorded = incidentsOf(perpetrator).get(0);
        assertThat(recorded.getString("type")).isEqualTo("FIGHT");
        assertThat(recorded.getString("role")).isEqualTo("PERPETRATOR");
        assertThat(recorded.getString("source")).isEqualTo("POLICE");
        assertThat(recorded.getBoolean("onSchoolGrounds")).isTrue();
        assertThat(incidentsOf(victim).get(0).getJsonNumber("id")).isEqualTo(recorded.getJsonNumber("id"));
        browser.shoot("record-incident-saved-en");
    }

    @Test
    void aMissingRequiredFieldIsSaidNextToTheFieldInRussian() {
        String student = newStudentIin();

        browser.logIn("inspector1", "record.xhtml?lang=ru");
        browser.shoot("record-ru");
        addParticipant(student, "Свидетель");
        browser.choose("incident:onSchoolGrounds", "Нет");
        browser.choose("incident:severity", "Лёгкая");
        browser.click("incident:save");

        By typeMessage = By.cssSelector("[id='incident:type'] ~ .ui-message");
        browser.waitForText(typeMessage, "Выберите вид происшествия.");
        assertThat(browser.driver.findElements(By.cssSelector("[id='incident:severity'] ~ .ui-message")))
                .allSatisfy(message -> assertThat(message.getText()).isEmpty());
        assertThat(incidentsOf(student)).isEmpty();
        browser.shoot("record-invalid-ru");

        browser.go("record.xhtml?lang=kk");
        browser.waitForText("incident-title", "Оқиға");
        browser.shoot("record-kk");
    }

    @Test
    void aSocialPedagogueOpensAFamilyWithAGuardianAndAChild() {
        String child = newStudentIin();
        String mother = Iin.issue(LocalDate.of(1986, 3, 2), Sex.FEMALE, 4321).digits();

        browser.logIn("socped1", "record.xhtml?lang=en");
        new Select(browser.find("family:schoolId")).selectByValue(String.valueOf(Fixtures.SCHOOL_A));
        browser.type("family:address", "Almaty, Abay Ave 10, apt 5");
        browser.driver.findElement(By.xpath("//label[text()='Large family']")).click();
        browser.click("family:save");
        browser.waitForText("messages", "The family record is open");
        long family = Long.parseLong(browser.text("familyNumber"));

        browser.type("guardian:lastName", "Серікова");
        browser.type("guardian:firstName", "Айгүл");
        browser.type("guardian:iin", mother);
        browser.choose("guardian:relation", "Mother");
        browser.type("guardian:phone", "+7 (701) 123-45-67");
        browser.click("guardian:add");
        browser.waitForText("messages", "The guardian is recorded");
        assertThat(browser.text("guardians")).contains(mother).contains("Mother").contains("+77011234567");

        browser.type("member:childIin", child);
        browser.click("member:add");
        browser.waitForText("members", child);
        scrollTo("family-title");
        browser.shoot("record-family-en");

        JsonObject saved = Api.as("socped1").get("families/" + family).object();
        assertThat(saved.getString("address")).isEqualTo("Almaty, Abay Ave 10, apt 5");
        assertThat(saved.getJsonArray("flags").getString(0)).isEqualTo("LARGE_FAMILY");
        assertThat(saved.getJsonArray("guardians")).hasSize(1);
        assertThat(saved.getJsonArray("guardians").getJsonObject(0).getString("iin")).isEqualTo(mother);
        assertThat(Api.as("socped1").get("families/" + family + "/members").array()).hasSize(1);
    }

    @Test
    void anInspectorPutsAStudentAndTheirFamilyOnThePoliceRegister() {
        String iin = newStudentIin();
        long student = idOf(iin);
        Api.Reply family = Api.as("socped1").post("families",
                "{\"schoolId\":" + Fixtures.SCHOOL_A + ",\"address\":\"Almaty, Tole Bi 5\"}");
        assertThat(family.status()).as(family.toString()).isEqualTo(201);
        long familyId = family.object().getJsonNumber("id").longValue();
        assertThat(Api.as("socped1").post("families/" + familyId + "/members", "{\"studentId\":" + student + "}")
                .status()).isEqualTo(200);

        browser.logIn("inspector1", "record.xhtml?lang=en");
        browser.type("policeStudent:studentIin", iin);
        browser.choose("policeStudent:reason", "Administrative offense");
        browser.type("policeStudent:basisDocument", "PDN-2026/114");
        browser.type("policeStudent:reviewOn_input",
                Fixtures.today().plusMonths(6).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        browser.click("policeStudent:save");
        browser.waitForText("messages", "is now on the police register");
        JsonObject registration = Api.as("inspector1").get("students/" + student + "/police-registrations").array()
                .getJsonObject(0);
        assertThat(registration.getString("reason")).isEqualTo("ADMINISTRATIVE_OFFENSE");
        assertThat(registration.getString("basisDocument")).isEqualTo("PDN-2026/114");

        browser.type("policeFamily:childIin", iin);
        browser.type("policeFamily:reason", "Parents neglect the child's upbringing.");
        browser.click("policeFamily:save");
        browser.waitForText("messages", "is now on the police register; the social pedagogues");
        assertThat(Api.as("inspector1").get("families/" + familyId).object().getJsonObject("policeRegistration")
                .getString("reason")).isEqualTo("Parents neglect the child's upbringing.");
        scrollTo("police-title");
        browser.shoot("record-police-en");
    }

    @Test
    void anOperatorTakesAReportAndClosesItWithAReason() {
        String summary = "A mother says her son is bullied on the way home, " + System.nanoTime();

        browser.logIn("operator1", "hotline.xhtml?lang=en");
        browser.shoot("hotline-en");
        browser.choose("newReport:callerKind", "A parent");
        browser.choose("newReport:concern", "Bullying");
        browser.choose("newReport:urgency", "High");
        browser.type("newReport:summary", summary);
        browser.click("newReport:save");

        browser.waitForText("messages", "The report is taken");
        browser.waitForText("reportStatus", "New");
        long report = Long.parseLong(browser.text("report-title").replaceAll("\\D", ""));
        browser.type("closure:reason", "The family already works with the school psychologist.");
        browser.click("closure:save");

        browser.waitForText("messages", "The report is triaged");
        browser.waitForText("reportStatus", "Closed");
        assertThat(browser.text("closureReason")).isEqualTo("The family already works with the school psychologist.");
        assertThat(browser.driver.findElements(By.id("closure:save"))).as("a report is triaged once").isEmpty();
        JsonObject closed = Api.as("operator1").get("hotline/reports/" + report).object();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("summary")).isEqualTo(summary);
        assertThat(closed.getString("triagedBy")).isEqualTo("operator1");

        browser.go("hotline.xhtml?report=" + report + "&lang=ru");
        browser.waitForText("reportStatus", "Закрыто");
        browser.shoot("hotline-ru");
        browser.go("hotline.xhtml?report=" + report + "&lang=kk");
        browser.waitForText("reportStatus", "Жабылды");
        browser.shoot("hotline-kk");
    }

    /** Finds the student by IIN in the incident form and adds them with their part; the table then lists them. */
    private void addParticipant(String iin, String role) {
        browser.type("incident:participantIin", iin);
        browser.choose("incident:participantRole", role);
        browser.click("incident:addParticipant");
        browser.waitForText("incident:participants", iin);
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", browser.find(id));
    }

    private static String newStudentIin() {
        String iin = newIin();
        Api.Reply created = Api.as("psychologist1").post("students", studentJson(iin, Fixtures.SCHOOL_A));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return iin;
    }

    private static long idOf(String iin) {
        return Api.as("admin1").get("students?iin=" + iin).array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> incidentsOf(String iin) {
        return Api.as("admin1").get("students/" + idOf(iin) + "/incidents").array().getValuesAs(JsonObject.class);
    }
}
