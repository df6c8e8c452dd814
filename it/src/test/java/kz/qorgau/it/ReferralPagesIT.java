package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Referrals to services in the pages, in a real headless Chromium: a psychologist records in Kazakh a verbal consent
 * before a Kazakh-named witness on the student's file, is refused a referral on neither consent nor ground, refers
 * the child on the consent, and records in Russian the service's answer and its Russian outcome, read back as typed;
 * a coordinator adds a service to the catalogue in Russian. Screenshots go to {@code it/target/screenshots}.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class ReferralPagesIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String GUARDIAN = "Сұлтанова Әйгүл Нұрланқызы";
    private static final String WITNESS = "Жақсылықов Қанат Өмірұлы, сынып жетекшісі";
    private static final String REASON = "Ұйқысы бұзылған, мазасыздық білінеді";
    private static final String OUTCOME = "Осмотрена психиатром; назначено наблюдение «раз в неделю» — ёж, щука, съел.";

    @Browsers.Open("kk")
    private Browser browser;

    @Test
    void aPsychologistRecordsAConsentRefersTheChildAndRecordsTheAnswerInKazakhAndRussian() {
        long service = Api.as("coordinator1").post("services", """
                {"regionId":75,"kind":"MENTAL_HEALTH_CENTRE","name":{"kk":"Психикалық денсаулық орталығы",
                 "ru":"Центр психического здоровья","en":"Mental health centre"}}""").object()
                .getJsonNumber("id").longValue();
        long student = newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "Өмірдің мәні жоқ дейді."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long theCase = Fixtures.onlyCaseOf(student).getJsonNumber("id").longValue();

        browser.logIn("psychologist1", "student.xhtml?id=" + student + "&lang=kk");
        browser.waitForText("consents-title", "Заңды өкілдің келісімдері");
        browser.type("consent:guardianName", GUARDIAN);
        typeDate("consent:givenOn_input", today().minusDays(1).format(DAY));
        browser.choose("consent:how", "ауызша, куәмен");
        browser.type("consent:witness", WITNESS);
        browser.click("consent:save");
        browser.waitForText("messages", "Келісім тіркелді.");
        assertThat(browser.text("consents")).contains(GUARDIAN).contains("ауызша, куәмен");
        assertThat(browser.driver.findElement(By.cssSelector("#consents .consent-witness")).getText())
                .isEqualTo(WITNESS);
        browser.shoot("student-consents-kk");

        browser.go("case.xhtml?id=" + theCase + "&lang=kk");
        browser.waitForText("referrals-title", "Қызметтерге жолдамалар");
        new Select(browser.find("referral:serviceId")).selectByValue(String.valueOf(service));
        typeDate("referral:dueOn_input", today().plusDays(14).format(DAY));
        browser.type("referral:reason", REASON);
        browser.click("referral:save");
        browser.waitForText("messages", "Жолдамаға заңды өкілдің тіркелген келісімі");
        assertThat(Api.as("psychologist1").get("cases/" + theCase + "/referrals").array())
                .as("a referral on neither consent nor ground is refused").isEmpty();

        new Select(browser.find("referral:consentId")).selectByIndex(1);
        browser.click("referral:save");
        browser.waitForText("messages", "Жолдама жіберілді.");
        assertThat(browser.text("referrals")).contains("Психикалық денсаулық орталығы").contains(REASON)
                .contains("жіберілді").contains("Заңды өкілдің келісімі");
        browser.shoot("case-referrals-kk");

        browser.go("case.xhtml?id=" + theCase + "&lang=ru");
        browser.waitForText("referrals-title", "Направления в службы");
        new Select(browser.find("referralAnswer:referral")).selectByIndex(1);
        browser.choose("referralAnswer:status", "принято");
        browser.click("referralAnswer:save");
        browser.waitForText("messages", "Ответ записан.");
        new Select(browser.find("referralAnswer:referral")).selectByIndex(1);
        browser.choose("referralAnswer:status", "выполнено");
        browser.type("referralAnswer:answer", OUTCOME);
        browser.click("referralAnswer:save");
        browser.waitForText("messages", "Ответ записан.");
        assertThat(browser.text("referrals")).contains("Центр психического здоровья").contains("выполнено");
        assertThat(browser.driver.findElement(By.cssSelector("#referrals .referral-answer")).getText())
                .isEqualTo(OUTCOME);
        browser.shoot("case-referrals-ru");

        List<JsonObject> referrals = Api.as("psychologist1").get("cases/" + theCase + "/referrals").array()
                .getValuesAs(JsonObject.class);
        assertThat(referrals).singleElement().satisfies(r -> {
            assertThat(r.getString("status")).isEqualTo("DONE");
            assertThat(r.getString("answer")).isEqualTo(OUTCOME);
            assertThat(r.getBoolean("overdue")).isFalse();
        });
        JsonObject consent = Api.as("psychologist1").get("students/" + student + "/consents").array()
                .getJsonObject(0);
        assertThat(consent.getString("witness")).isEqualTo(WITNESS);
        assertThat(consent.getString("how")).isEqualTo("VERBAL_WITH_WITNESS");
    }

    @Test
    void aCoordinatorAddsAServiceToTheCatalogueInRussian() {
        browser.logIn("coordinator1", "services.xhtml?lang=ru");
        browser.waitForText("catalogue-title", "Каталог служб");
        browser.choose("service:kind", "Приют");
        browser.type("service:nameKk", "Балаларға арналған баспана «Үміт»");
        browser.type("service:nameRu", "Приют для детей «Надежда»");
        browser.type("service:nameEn", "Children's shelter Hope");
        browser.click("service:save");
        browser.waitForText("messages", "Служба добавлена в каталог.");
        assertThat(browser.text("services")).contains("Приют для детей «Надежда»").contains("Приют");
        browser.shoot("services-ru");

        browser.logIn("psychologist1", "services.xhtml?lang=kk");
        browser.waitForText("catalogue-title", "Қызметтер каталогы");
        assertThat(browser.text("services")).contains("Балаларға арналған баспана «Үміт»");
        assertThat(browser.driver.findElements(By.id("service:save"))).as("only a coordinator adds").isEmpty();
    }

    /** A date typed into its masked field, digits only, and Tab past it so no calendar stays open. */
    private void typeDate(String id, String date) {
        browser.find(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), date.replace(".", ""), Keys.TAB);
    }
}
