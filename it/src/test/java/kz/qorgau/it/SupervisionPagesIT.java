package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import com.deque.html.axecore.results.Rule;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Supervision in the pages (docs/PRODUCT.md section 4): a psychologist asks in Kazakh to close a CRITICAL case, which
 * then says it waits; the director finds the request on the approvals page, oldest first, sends it back with a
 * Russian comment the psychologist reads back as written, and approves the next request, which closes the case.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class SupervisionPagesIT {

    private static final String REASON = "Тырнақ іздері — мысықтан; бала өзіне зақым келтірмеген, анасы растады.";
    private static final String COMMENT = "Сначала поговорите с классным руководителем «9 Б» — ещё раз, лично.";
    private static final String REASON_AGAIN = "Сынып жетекшісімен сөйлестім: бәрі жақсы, қауіп жоқ.";

    @Browsers.Open("kk")
    private Browser browser;

    @Test
    void aClosingAskedInKazakhIsSentBackInRussianThenApproved() {
        long id = criticalCaseOfPsychologist1();

        browser.logIn("psychologist1", "case.xhtml?id=" + id + "&lang=kk");
        assertThat(browser.driver.findElements(By.id("nav-approvals"))).as("a worker supervises nobody").isEmpty();
        assertThat(browser.text("close:approval-hint")).contains("жетекшіңіз келісім береді");
        askToClose(REASON);
        assertThat(browser.text("case-status")).as("the case stays as it was").isEqualTo("Тағайындалды");
        assertThat(browser.text("pending-approval")).contains("істі жабу (жалған дабыл)");
        assertThat(browser.text("pending-reason")).isEqualTo(REASON);
        assertThat(browser.text("summary")).contains("Келісімді күтуде");
        assertThat(browser.driver.findElements(By.id("close:save"))).as("one request at a time").isEmpty();
        assertThat(browser.driver.findElements(By.id("decide")))
                .as("nobody decides their own request").isEmpty();
        browser.shoot("case-waiting-kk");

        browser.logIn("director1", "inbox.xhtml?lang=ru");
        browser.click("nav-approvals");
        browser.waitForText("content", "Запросы, ждущие моего согласования");
        String request = requestOn(id);
        assertThat(browser.driver.findElement(By.cssSelector(request)).getText())
                .contains("Дело № " + id).contains("закрытие дела (ложная тревога)").contains(REASON);
        assertThat(browser.driver.findElements(By.cssSelector("article.approval h2 a")).stream()
                .map(a -> a.getText()).toList()).as("oldest first: the newest request is last")
                .last().asString().endsWith("№ " + id);
        List<Rule> grave = browser.axe().getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(grave).extracting(Rule::getId).as("axe on the approvals page").isEmpty();
        browser.shoot("approvals-ru");

        browser.driver.findElement(By.cssSelector(request + " button[id$='sendBack:save']")).click();
        browser.waitForText(By.cssSelector(request), "Напишите, почему запрос возвращается.");
        browser.driver.findElement(By.cssSelector(request + " textarea")).sendKeys(COMMENT);
        browser.driver.findElement(By.cssSelector(request + " button[id$='sendBack:save']")).click();
        browser.waitForText("messages", "Возвращено: дело осталось как было.");
        assertThat(browser.driver.findElements(By.cssSelector(request))).isEmpty();

        browser.logIn("psychologist1", "case.xhtml?id=" + id + "&lang=kk");
        assertThat(browser.driver.findElements(By.id("pending-approval"))).as("nothing waits").isEmpty();
        assertThat(browser.text("case-status")).isEqualTo("Тағайындалды");
        String sentBack = browser.driver.findElements(By.cssSelector("[id='timeline'] tbody tr")).stream()
                .map(row -> row.getText()).filter(text -> text.contains("қайтарылды")).findFirst().orElseThrow();
        assertThat(sentBack).as("the comment as the director wrote it").contains("Түсініктеме: " + COMMENT);
        askToClose(REASON_AGAIN);

        browser.logIn("director1", "approvals.xhtml?lang=kk");
        String again = requestOn(id);
        assertThat(browser.driver.findElement(By.cssSelector(again)).getText()).contains(REASON_AGAIN);
        browser.driver.findElement(By.cssSelector(again + " button[id$='approve:save']")).click();
        browser.waitForText("messages", "Келісілді: өзгеріс қолданылды.");
        browser.go("case.xhtml?id=" + id + "&lang=kk");
        browser.waitForText("case-status", "Жабылды");
        assertThat(browser.text("outcome")).contains("жалған дабыл").contains(REASON_AGAIN);
        assertThat(browser.text("timeline")).contains("Келісілді: істі жабу");
    }

    private void askToClose(String reason) {
        browser.choose("close:outcome", "жалған дабыл");
        browser.type("close:note", reason);
        browser.click("close:save");
        browser.waitForText("messages", "Сұраныс жіберілді: өзгеріс жетекшінің келісімін күтеді.");
    }

    /** The request's card on the approvals page, found by the case's number. */
    private String requestOn(long caseId) {
        JsonObject waiting = Api.as("admin1").get("cases/" + caseId).object().getJsonObject("pendingApproval");
        assertThat(waiting).as("the request waiting on case " + caseId).isNotNull();
        String card = "#request-" + waiting.getJsonNumber("id").longValue();
        browser.find(card.substring(1));
        return card;
    }

    /** A self-harm session opens a CRITICAL case; psychologist1 answers for it. */
    private static long criticalCaseOfPsychologist1() {
        long student = newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(0, "\"SELF_HARM\"", "Білегінде сызаттар."));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        JsonObject theCase = onlyCaseOf(student);
        assertThat(theCase.getString("level")).isEqualTo("CRITICAL");
        long id = theCase.getJsonNumber("id").longValue();
        if (theCase.getJsonArray("assignees").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("username").equals("psychologist1"))) {
            Api.Reply taken = Api.as("psychologist1").post("cases/" + id + "/take",
                    "{\"version\":" + theCase.getJsonNumber("version") + "}");
            assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        }
        return id;
    }
}
