package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.approveWaiting;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The case page in a real headless Chromium: a psychologist opens the case a session with suicidal ideation raised,
 * takes it on, logs the first contact, plans a home visit and closes the case; the director lowering the level
 * between the page's reading and the psychologist's closing is shown as a stale version, and both changes stand.
 * Screenshots of the case page in each language go to {@code it/target/screenshots}.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class CaseWorkPagesIT {

    /** The names of psychologist1 and socped1 in the test realm: the pages name people, not logins. */
    private static final String PSYCHOLOGIST = "Әйгерім Сұлтанова";
    private static final String SOCIAL_PEDAGOGUE = "Дана Нұрланова";

    @Browsers.Open
    private Browser browser;

    /** socped1 signs in once, so that the server knows the name to show. */
    @BeforeEach
    void signInTheSocialPedagogue() {
        assertThat(Api.as("socped1").get("inbox").status()).isEqualTo(200);
    }

    @Test
    void aPsychologistWorksACaseFromTakingItOnToClosingItAndAConcurrentChangeIsNotLost() {
        long student = newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "Says life has no point."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long id = handThePsychologistRoleToSomeoneElse(onlyCaseOf(student));

        browser.logIn("psychologist1", "student.xhtml?id=" + student + "&lang=en");
        browser.driver.findElement(By.cssSelector("#cases a[href*='case.xhtml?id=" + id + "']")).click();
        browser.waitForText("summary-title", "About the case");
        assertThat(browser.text("case-level")).isEqualTo("Critical");
        assertThat(browser.text("reasons")).contains("EW-01").contains("suicidal ideation or self-harm");
        assertThat(browser.driver.findElements(By.cssSelector("#reasons a[href*='student.xhtml?id=" + student + "']")))
                .isNotEmpty();
        long sessionId = session.object().getJsonNumber("id").longValue();
        assertThat(browser.driver.findElements(By.cssSelector(
                "#reasons a.evidence-link[href$='#session-" + sessionId + "']"))).hasSize(1);
        assertThat(browser.text("reasons")).contains("the psychologist's session № " + sessionId);
        assertThat(browser.text("assignees")).doesNotContain("psychologist1");
        shootWholePage("case-en");

        browser.click("take:save");
        browser.waitForText("messages", "You answer for the case now.");
        assertThat(browser.text("assignees")).contains(PSYCHOLOGIST + " (psychologist)");

        browser.choose("contact:channel", "by phone");
        browser.type("contact:note", "Spoke with her and her mother; agreed to meet daily.");
        browser.click("contact:save");
        browser.waitForText("messages", "The first contact is logged");
        assertThat(browser.text("case-status")).isEqualTo("In progress");
        assertThat(browser.text("first-contact")).contains("by phone").contains("agreed to meet daily");

        browser.choose("measure:kind", "Home visit");
        browser.choose("measure:responsible", SOCIAL_PEDAGOGUE);
        browser.type("measure:note", "With the class teacher.");
        browser.click("measure:save");
        browser.waitForText("messages", "The measure is in the plan.");
        assertThat(browser.text("measures")).contains("Home visit").contains(SOCIAL_PEDAGOGUE).contains("planned");

        browser.go("case.xhtml?id=" + id + "&lang=kk");
        browser.waitForText("summary-title", "Іс туралы");
        shootWholePage("case-kk");
        browser.go("case.xhtml?id=" + id + "&lang=ru");
        browser.waitForText("summary-title", "О деле");
        shootWholePage("case-ru");
        browser.go("case.xhtml?id=" + id + "&lang=en");
        browser.waitForText("summary-title", "About the case");

        browser.choose("close:outcome", "resolved");
        browser.type("close:note", "Safe at home, sessions go on at school.");
        JsonObject lowered = lowerTheLevelAsTheDirector(id);
        browser.click("close:save");

        browser.waitForText("messages", "Someone else changed case " + id);
        assertThat(browser.text("messages")).contains("the current version is " + lowered.getJsonNumber("version"))
                .contains("your input is kept");
        assertThat(browser.text("case-level")).isEqualTo("High");
        assertThat(browser.text("timeline")).contains("Parents engaged, safety plan agreed.");
        assertThat(browser.find("close:note").getAttribute("value")).isEqualTo("Safe at home, sessions go on at school.");
        shootWholePage("case-stale-en");

        browser.click("close:save");
        browser.waitForText("messages", "the change waits for your supervisor's approval");
        assertThat(browser.text("case-status")).as("a HIGH case waits for the director").isEqualTo("In progress");
        approveWaiting("director1", id);
        browser.go("case.xhtml?id=" + id + "&lang=en");
        browser.waitForText("summary-title", "About the case");
        assertThat(browser.text("case-status")).isEqualTo("Closed");
        assertThat(browser.text("outcome")).contains("resolved").contains("Safe at home");
        assertThat(browser.driver.findElements(By.id("close:save"))).isEmpty();

        JsonObject closed = Api.as("psychologist1").get("cases/" + id).object();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("level")).isEqualTo("HIGH");
        assertThat(closed.getJsonArray("measures")).hasSize(1);
    }

    @Test
    void eachPersonSeesOnlyTheStepsTheirRoleMayTake() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SELF_HARM\"", "Cuts on the arms."));
        long id = onlyCaseOf(student).getJsonNumber("id").longValue();

        browser.logIn("coordinator1", "case.xhtml?id=" + id + "&lang=en");
        browser.waitForText("summary-title", "About the case");
        assertThat(forms()).containsExactlyInAnyOrder("lowering", "reassign");
        assertThat(browser.text("reassign:handOver")).contains("social pedagogue: " + SOCIAL_PEDAGOGUE);
        shootWholePage("case-coordinator-en");

        browser.logIn("ombudsman1", "case.xhtml?id=" + id);
        browser.waitForText("summary-title", "About the case");
        assertThat(forms()).isEmpty();
        assertThat(browser.text("timeline")).contains("Case opened at level");
    }

    private List<String> forms() {
        return browser.driver.findElements(By.cssSelector(".casework-work form")).stream()
                .map(form -> form.getAttribute("id")).toList();
    }

    /** The page from top to bottom, forms and timeline included, with the window as tall as the page for a moment. */
    private void shootWholePage(String name) {
        Dimension laptop = browser.driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver.manage().window().setSize(new Dimension(laptop.getWidth(), height.intValue() + 100));
        browser.shoot(name);
        browser.driver.manage().window().setSize(laptop);
    }

    /**
     * The rules gave the case to psychologist1, the school's only psychologist: a stand-in designated only while the
     * director hands the role over, so that psychologist1 has a case to take on.
     */
    private static long handThePsychologistRoleToSomeoneElse(JsonObject theCase) {
        long id = theCase.getJsonNumber("id").longValue();
        Api director = Api.as("director1");
        Api.Reply designated = director.post("schools/" + SCHOOL_A + "/staff",
                "{\"username\":\"psychologist-relief\",\"role\":\"PSYCHOLOGIST\"}");
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        Api.Reply handedOver = director.post("cases/" + id + "/reassign", """
                {"role":"PSYCHOLOGIST","username":"psychologist-relief","version":%d}"""
                .formatted(theCase.getJsonNumber("version").longValue()));
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(director.delete("schools/" + SCHOOL_A + "/staff/" + designated.object().getJsonNumber("id"))
                .status()).isEqualTo(204);
        return id;
    }

    private static JsonObject lowerTheLevelAsTheDirector(long id) {
        Api director = Api.as("director1");
        long version = director.get("cases/" + id).object().getJsonNumber("version").longValue();
        Api.Reply lowered = director.post("cases/" + id + "/level", """
                {"level":"HIGH","justification":"Parents engaged, safety plan agreed.","version":%d}"""
                .formatted(version));
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
        return lowered.object();
    }
}
