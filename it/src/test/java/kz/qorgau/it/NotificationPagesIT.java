package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The notification centre in a real headless Chromium, in Kazakh and Russian: the unread count in every page's header
 * agrees with the API's, the newest notification reads in the page's language, marking it read lowers the count, and
 * the page passes axe-core's serious and critical checks. Screenshots go to {@code it/target/screenshots}.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class NotificationPagesIT {

    @Browsers.Open("kk")
    private Browser browser;

    @Test
    void theHeaderCountsTheUnreadAndThePageMarksThemReadInKazakhAndRussian() {
        long student = newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SUICIDAL_IDEATION\"", "Хат қалдырды."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long caseId = onlyCaseOf(student).getJsonNumber("id").longValue();

        browser.logIn("psychologist1", "inbox.xhtml?lang=kk");
        long unread = unread();
        assertThat(unread).isPositive();
        assertThat(browser.text("unread")).isEqualTo(String.valueOf(unread));
        assertThat(browser.text("bell")).startsWith("Хабарламалар");

        browser.click("bell");
        browser.waitForText("list-title", "Менің хабарламаларым");
        assertThat(browser.text("list:notifications:0:link")).isEqualTo("№ " + caseId + " іс сізге тағайындалды.");
        assertThat(browser.text("settings-title")).isEqualTo("Хабарламалар маған қалай жетеді");
        assertThat(seriousOrCritical()).isEmpty();
        browser.shoot("notifications-kk");

        browser.click("list:notifications:0:read");
        browser.waitForText("unread", String.valueOf(unread - 1));
        assertThat(unread()).isEqualTo(unread - 1);

        browser.go("notifications.xhtml?lang=ru");
        browser.waitForText("list-title", "Мои уведомления");
        assertThat(browser.text("bell")).startsWith("Уведомления");
        assertThat(browser.text("unread")).isEqualTo(String.valueOf(unread - 1));
        assertThat(browser.text("list:notifications:0:link")).isEqualTo("Вам назначено дело № " + caseId + ".");
        assertThat(browser.driver.findElements(By.id("list:notifications:0:read"))).as("already read").isEmpty();
        assertThat(seriousOrCritical()).isEmpty();
        browser.shoot("notifications-ru");
    }

    private static long unread() {
        return Api.as("psychologist1").get("notifications/unread-count").object().getJsonNumber("unread").longValue();
    }

    private List<String> seriousOrCritical() {
        return browser.axe().getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Rule::getId).collect(Collectors.toList());
    }
}
