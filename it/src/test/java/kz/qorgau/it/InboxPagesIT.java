package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A psychologist's working day in a real headless Chromium, in Russian and Kazakh: the inbox a page at a time with
 * filters, order and counts kept in the address, each case's number, rules and first contact; a session recorded
 * on a student's file naming the case it opened, its level and deadline; people named by the identity provider's
 * names, and the system's steps on a case's timeline in the reader's language. Screenshots go to
 * {@code it/target/screenshots}.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class InboxPagesIT {

    /** As psychologist1 and socped1 are named in the test realm (keycloak-realm). */
    private static final String PSYCHOLOGIST = "Әйгерім Сұлтанова";
    private static final String SOCIAL_PEDAGOGUE = "Дана Нұрланова";

    private static final Pattern OF_TOTAL = Pattern.compile("(\\d+)–(\\d+) из (\\d+)");

    @Browsers.Open
    private Browser browser;

    @Test
    void theInboxPagesFiltersSortsAndCountsInRussianAndKazakh() {
        for (int i = 0; i < 22; i++) {
            critical();
        }
        long contactedStudent = critical();
        JsonObject contacted = onlyCaseOf(contactedStudent);
        long contactedCase = contacted.getJsonNumber("id").longValue();
        Api.Reply contact = Api.as("psychologist1").post("cases/" + contactedCase + "/first-contact", """
                {"at":"%s","channel":"IN_PERSON","note":"Met her and her mother.","version":%d}"""
                .formatted(Instant.now(), contacted.getJsonNumber("version").longValue()));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);

        browser.logIn("psychologist1", "inbox.xhtml?lang=ru");
        browser.waitForText("filters", "Уровень");
        long total = count("level-all");
        assertThat(total).isGreaterThanOrEqualTo(23);
        assertThat(shown()).containsExactly(1L, 20L, total);
        assertThat(rows()).hasSize(20);
        assertThat(browser.text("page")).isEqualTo("Страница 1 из " + (total + 19) / 20);
        assertThat(count("level-LOW") + count("level-MEDIUM") + count("level-HIGH") + count("level-CRITICAL"))
                .isEqualTo(total);
        assertThat(count("status-NEW") + count("status-ASSIGNED") + count("status-IN_PROGRESS")
                + count("status-MONITORING")).isEqualTo(total);
        assertThat(browser.driver.findElements(By.id("kind-CASE"))).as("a psychologist has no safety duties").isEmpty();
        browser.shoot("inbox-ru");

        browser.click("next");
        browser.waitForText("page", "Страница 2 из");
        assertThat(browser.driver.getCurrentUrl()).contains("page=2");
        assertThat(shown()).containsExactly(21L, Math.min(40, total), total);
        browser.click("previous");
        browser.waitForText("page", "Страница 1 из");

        browser.click("level-CRITICAL");
        browser.waitForText(By.cssSelector("#level-CRITICAL[aria-current='true']"), "Критический");
        assertThat(browser.driver.getCurrentUrl()).contains("level=CRITICAL").doesNotContain("page=");
        long critical = count("level-CRITICAL");
        assertThat(critical).isGreaterThanOrEqualTo(23);
        assertThat(shown().get(2)).isEqualTo(critical);
        assertThat(rows()).allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".level")).getText())
                .isEqualTo("Критический"));

        browser.click("status-IN_PROGRESS");
        browser.waitForText(By.cssSelector("#status-IN_PROGRESS[aria-current='true']"), "В работе");
        assertThat(browser.driver.getCurrentUrl()).contains("level=CRITICAL").contains("status=IN_PROGRESS");
        WebElement row = rowOf(contactedCase);
        assertThat(row.getAttribute("class")).contains("contacted").doesNotContain("not-contacted");
        assertThat(row.getText()).contains("Дело № " + contactedCase).contains("состоялся")
                .contains("Суицидальные мысли или самоповреждение");
        browser.shoot("inbox-ru-filtered");

        browser.go("inbox.xhtml?lang=ru");
        browser.waitForText("shown", "из");
        assertThat(rows()).allSatisfy(r -> assertThat(r.getAttribute("class").contains("not-contacted"))
                .isEqualTo(r.getText().contains("ещё нет")).isNotEqualTo(r.getText().contains("состоялся")));

        browser.go("inbox.xhtml?lang=ru&sort=LEVEL");
        browser.waitForText(By.cssSelector("#sort-LEVEL[aria-current='true']"), "По уровню");
        assertThat(rows().get(0).findElement(By.cssSelector(".level")).getText()).isEqualTo("Критический");
        browser.go("inbox.xhtml?lang=ru&overdue=true");
        browser.waitForText(By.cssSelector("#overdue[aria-current='true']"), "Только просроченные");
        assertThat(shown().get(2)).isEqualTo(count("overdue"));

        browser.go("inbox.xhtml?lang=kk&level=CRITICAL&page=2");
        browser.waitForText("page", "беттің 2-і");
        assertThat(browser.text("shown")).isEqualTo("Істер: 21–" + Math.min(40, critical) + ", барлығы " + critical);
        assertThat(browser.find("level-CRITICAL").getText()).startsWith("Сыни");
        assertThat(rows().get(0).getText()).contains("іс");
        browser.shoot("inbox-kk");
    }

    @Test
    void aSessionThatOpensACaseNamesItWithItsLevelAndDeadline() {
        long student = newStudentAtSchoolA();

        browser.logIn("psychologist1", "student.xhtml?id=" + student + "&lang=kk");
        browser.choose("session:riskLevel", "Жоғары");
        browser.driver.findElement(By.xpath("//label[text()='Суицидтік ойлар']")).click();
        browser.type("session:confidentialNote", "Өмірдің мәні жоқ дейді.");
        browser.click("session:save");

        browser.waitForText("messages", "Кеңес сақталды");
        long id = onlyCaseOf(student).getJsonNumber("id").longValue();
        String effect = browser.text("caseEffects");
        assertThat(effect).contains("Ережелер не істеді").contains("№ " + id + " іс").contains("ашылды")
                .contains("Деңгейі: Сыни").contains("Алғашқы байланыс мерзімі:");
        assertThat(browser.driver.findElements(By.cssSelector("#caseEffects a[href*='case.xhtml?id=" + id + "']")))
                .hasSize(1);
        browser.shoot("student-session-effect-kk");

        browser.choose("session:riskLevel", "Орташа");
        browser.click("session:save");
        browser.waitForText("caseEffects", "бұрыннан ашық, өзгеріссіз");

        browser.go("student.xhtml?id=" + student + "&lang=ru");
        browser.choose("session:riskLevel", "Высокий");
        browser.click("session:save");
        browser.waitForText("caseEffects", "Дело № " + id);
        assertThat(browser.text("caseEffects")).contains("уже открыто, без изменений").contains("Уровень: Критический")
                .contains("Первый контакт до:");
        browser.driver.findElement(By.cssSelector("#caseEffects a")).click();
        browser.waitForText("summary-title", "О деле");
        assertThat(browser.text("case-level")).isEqualTo("Критический");
    }

    @Test
    void peopleAreNamedAndTheSystemSpeaksTheReadersLanguage() {
        long student = critical();
        JsonObject theCase = onlyCaseOf(student);
        long id = theCase.getJsonNumber("id").longValue();
        // socped1 signs in once, so that the server knows their name.
        assertThat(Api.as("socped1").get("cases/" + id).status()).isEqualTo(200);
        Api.Reply contact = Api.as("psychologist1").post("cases/" + id + "/first-contact", """
                {"at":"%s","channel":"IN_PERSON","note":"Met her.","version":%d}"""
                .formatted(Instant.now(), theCase.getJsonNumber("version").longValue()));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);

        browser.logIn("psychologist1", "case.xhtml?id=" + id + "&lang=ru");
        browser.waitForText("summary-title", "О деле");
        assertThat(browser.text("who")).isEqualTo(PSYCHOLOGIST);
        assertThat(browser.text("assignees")).contains(PSYCHOLOGIST + " (").doesNotContain("psychologist1");
        assertThat(browser.text("timeline")).contains("Система (правила и таймеры)").contains(PSYCHOLOGIST)
                .doesNotContain("system").doesNotContain("psychologist1");
        assertThat(browser.text("measure:responsible")).contains(PSYCHOLOGIST).contains(SOCIAL_PEDAGOGUE)
                .doesNotContain("socped1");
        browser.choose("measure:kind", "Посещение на дому");
        browser.choose("measure:responsible", SOCIAL_PEDAGOGUE);
        browser.click("measure:save");
        browser.waitForText("measures", SOCIAL_PEDAGOGUE);
        assertThat(Api.as("psychologist1").get("cases/" + id).object().getJsonArray("measures").getJsonObject(0)
                .getString("responsible")).isEqualTo("socped1");
        browser.shoot("case-names-ru");

        browser.go("case.xhtml?id=" + id + "&lang=kk");
        browser.waitForText("summary-title", "Іс туралы");
        assertThat(browser.text("timeline")).contains("Жүйе (ережелер мен таймерлер)");
        assertThat(browser.text("who")).isEqualTo(PSYCHOLOGIST);
        browser.shoot("case-names-kk");
    }

    /** A new student of school A whose session with suicidal ideation opens a CRITICAL case for psychologist1. */
    private static long critical() {
        long student = newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "Says life has no point."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        return student;
    }

    private long count(String filter) {
        String text = browser.find(filter).findElement(By.cssSelector(".count")).getText();
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    /** First shown, last shown, matching, as the Russian page says them. */
    private List<Long> shown() {
        Matcher m = OF_TOTAL.matcher(browser.text("shown"));
        assertThat(m.find()).as(browser.text("shown")).isTrue();
        return List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("[id$='cases_data'] > tr[data-ri]"));
    }

    /** The case's row, on this page of the inbox or a later one: the newest cases come last, by deadline. */
    private WebElement rowOf(long caseId) {
        By row = By.xpath("//a[normalize-space()='Дело № " + caseId + "']/ancestor::tr[@data-ri]");
        while (browser.driver.findElements(row).isEmpty()) {
            String page = browser.text("page");
            browser.click("next");
            browser.wait.until(d -> {
                try {
                    return !page.equals(d.findElement(By.id("page")).getText());
                } catch (WebDriverException replaced) {
                    return false;
                }
            });
        }
        return browser.driver.findElement(row);
    }
}
