package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.studentJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages in a real headless Chromium, logged in through Keycloak's own login page: a psychologist logs a
 * session with suicidal ideation and finds the CRITICAL case in her inbox, the school's social pedagogue finds it
 * in his, a psychologist of another school cannot find the child, and the language switch speaks Kazakh. The
 * screenshots of the main pages in each language go to {@code it/target/screenshots}.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class WebPagesIT {

    @Browsers.Open
    private Browser browser;

    @Test
    void aSessionWithSuicidalIdeationPutsTheCriticalCaseBeforeThePsychologistAndTheSocialPedagogue() {
        long student = newStudent();

        browser.logIn("psychologist1", "student.xhtml?id=" + student + "&lang=en");
        browser.shoot("student-file-en");
        browser.choose("session:riskLevel", "Critical");
        browser.driver.findElement(By.xpath("//label[text()='Suicidal ideation']")).click();
        browser.type("session:confidentialNote", "Talked about not wanting to live.");
        browser.click("session:save");
        browser.waitForText("messages", "The session is saved");
        assertThat(browser.text("cases")).contains("Critical").contains("EW-01");

        browser.go("inbox.xhtml");
        assertThat(caseRow(student).getText()).contains("Critical");
        browser.shoot("inbox-en");

        browser.logIn("socped1", "inbox.xhtml");
        assertThat(browser.text("who")).as("the realm's name, not the login").isEqualTo("Дана Нұрланова");
        assertThat(caseRow(student).getText()).contains("Critical");
        caseRow(student).findElement(By.cssSelector("a[href*='student.xhtml?id=" + student + "']")).click();
        assertThat(browser.text("sessions")).contains("confidential, for the school's psychologists")
                .doesNotContain("not wanting to live");
    }

    @Test
    void aPsychologistOfAnotherSchoolDoesNotFindTheStudent() {
        String iin = newIin();
        assertThat(Api.as("psychologist1").post("students", studentJson(iin, Fixtures.SCHOOL_A)).status())
                .isEqualTo(201);

        browser.logIn("psychologist2", "students.xhtml?lang=en");
        browser.type("search:iin", iin);
        browser.click("search:find");

        browser.waitForText("search:found", "No student of your schools matches.");
        browser.shoot("students-en");
    }

    @Test
    void theLanguageSwitchSpeaksKazakhAndRemembersIt() {
        long student = newStudent();
        browser.logIn("psychologist1", "inbox.xhtml?lang=en");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("My inbox");

        browser.driver.findElement(By.cssSelector("a[lang='kk']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Менің тізімім"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        browser.shoot("inbox-kk");

        browser.go("student.xhtml?id=" + student);
        browser.waitForText("identity-title", "Жеке деректер");
        browser.shoot("student-file-kk");
        browser.go("students.xhtml");
        browser.shoot("students-kk");

        browser.driver.findElement(By.cssSelector("a[lang='ru']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Поиск учащегося"));
        browser.shoot("students-ru");
        browser.go("inbox.xhtml");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Мои задачи");
        browser.shoot("inbox-ru");
        browser.go("student.xhtml?id=" + student);
        browser.shoot("student-file-ru");
    }

    private static long newStudent() {
        Api.Reply created = Api.as("psychologist1").post("students", studentJson(newIin(), Fixtures.SCHOOL_A));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    /** The student's case in the inbox, on its first page or a later one: the newest cases come last, by deadline. */
    private WebElement caseRow(long student) {
        By link = By.cssSelector("#cases a[href*='student.xhtml?id=" + student + "']");
        browser.find("pager");
        while (browser.driver.findElements(link).isEmpty()) {
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
        return browser.driver.findElement(link).findElement(By.xpath("./ancestor::tr"));
    }
}
