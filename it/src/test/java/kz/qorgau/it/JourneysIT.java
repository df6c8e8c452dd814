package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The mission's three journeys as a Russian- and a Kazakh-speaking person walks them in a real Chromium, each to its
 * end: a psychologist records a session and takes up the case it opens; an inspector takes a case, records an
 * incident, registers a student on the police register and inspects a school; an ombudsman reads the dashboard and
 * downloads every workbook. Every click and key submit the walk makes is counted, and the server time of every page
 * (Navigation Timing, responseStart - requestStart) noted; the table is printed at the end (the figures are shown,
 * not judged). Besides: a case's evidence links to the very record on the student's file, a refused save keeps the
 * record's address, and Tab leaves a date field for its calendar button and the next field without opening the
 * calendar.
 */
@ExtendWith(ArquillianExtension.class)
class JourneysIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SERVER_TIME = """
            const n = performance.getEntriesByType('navigation')[0];
            return n ? Math.round(n.responseStart - n.requestStart) : -1;""";
    private static final List<String> TABLE = new CopyOnWriteArrayList<>();

    private Browser browser;
    private Walk walk;

    @AfterEach
    void closeBrowser() {
        if (walk != null) {
            TABLE.add(walk.row());
        }
        if (browser != null) {
            browser.close();
        }
    }

    @AfterAll
    static void printTable() {
        System.out.println();
        System.out.println("Journeys: clicks (and key submits) and the server time of each page (ms)");
        System.out.printf("%-48s %-4s %6s  %s%n", "journey", "lang", "clicks", "pages: server ms");
        TABLE.stream().sorted().forEach(System.out::println);
        System.out.println();
    }

    @Test
    void aPsychologistRecordsASessionAndTakesUpTheCaseItOpensInRussian() {
        aPsychologistRecordsASessionAndTakesUpTheCaseItOpens("ru");
    }

    @Test
    void aPsychologistRecordsASessionAndTakesUpTheCaseItOpensInKazakh() {
        aPsychologistRecordsASessionAndTakesUpTheCaseItOpens("kk");
    }

    private void aPsychologistRecordsASessionAndTakesUpTheCaseItOpens(String language) {
        String iin = newIin();
        long student = created(Api.as("psychologist1").post("students", Fixtures.studentJson(iin, SCHOOL_A)));
        start("a psychologist: session, case", language);

        walk.logIn("psychologist1");
        walk.follow(By.cssSelector("header a[href*='/ui/students.xhtml']"), "students");
        browser.type("search:iin", iin);
        walk.submit("search:find", "students: found");
        walk.follow(By.cssSelector("[id='search:found'] a[href*='student.xhtml?id=" + student + "']"), "student");
        walk.pick("session:riskLevel", "HIGH");
        String indicator = browser.driver.findElement(By.cssSelector("input[type=checkbox][value='SUICIDAL_IDEATION']"))
                .getAttribute("id");
        walk.click(By.cssSelector("label[for='" + indicator + "']"));
        walk.submit("session:save", "student: session saved");
        long kase = onlyCaseOf(student).getJsonNumber("id").longValue();
        walk.follow(By.cssSelector("#caseEffects a.case-effect-link[href*='case.xhtml?id=" + kase + "']"), "case");
        takeUp("psychologist1", kase);
    }

    @Test
    void anInspectorTakesACaseRecordsAnIncidentRegistersAStudentAndInspectsASchoolInRussian() {
        anInspectorTakesACaseRecordsAnIncidentRegistersAStudentAndInspectsASchool("ru");
    }

    @Test
    void anInspectorTakesACaseRecordsAnIncidentRegistersAStudentAndInspectsASchoolInKazakh() {
        anInspectorTakesACaseRecordsAnIncidentRegistersAStudentAndInspectsASchool("kk");
    }

    private void anInspectorTakesACaseRecordsAnIncidentRegistersAStudentAndInspectsASchool(String language) {
        long troubled = created(Api.as("psychologist1").post("students", Fixtures.studentJson(newIin(), SCHOOL_A)));
        long kase = caseOnThePoliceRegister(troubled);
        String newcomer = newIin();
        long registered = created(Api.as("psychologist1").post("students", Fixtures.studentJson(newcomer, SCHOOL_A)));
        int inspections = Api.as("inspector1").get("schools/" + SCHOOL_A + "/safety/inspections?size=500").array()
                .size();
        start("b inspector: case, incident, police, inspection", language);

        walk.logIn("inspector1");
        List<WebElement> inInbox = browser.driver.findElements(By.cssSelector("a[href*='case.xhtml?id=" + kase + "']"));
        if (inInbox.isEmpty()) {
            walk.go("case.xhtml?id=" + kase, "case (by its address)");
        } else {
            walk.follow(By.cssSelector("a[href*='case.xhtml?id=" + kase + "']"), "case");
        }
        takeUp("inspector1", kase);

        walk.follow(By.cssSelector("header a[href*='/ui/record.xhtml']"), "record");
        browser.type("incident:participantIin", newcomer);
        walk.click(By.id("incident:addParticipant"));
        browser.waitForText("incident:participants", newcomer);
        typeDate("incident:date_input", today().minusDays(1));
        walk.pick("incident:onSchoolGrounds", "true");
        walk.pick("incident:type", "FIGHT");
        walk.pick("incident:severity", "MODERATE");
        walk.submit("incident:save", "record: incident saved");
        browser.waitForText("savedIncident", newcomer);
        assertThat(Api.as("inspector1").get("students/" + registered + "/incidents").array()).hasSize(1);

        browser.type("policeStudent:studentIin", newcomer);
        walk.pick("policeStudent:reason", "ADMINISTRATIVE_OFFENSE");
        typeDate("policeStudent:registeredOn_input", today().minusDays(1));
        tabLeavesTheCalendarShut("policeStudent:registeredOn", "policeStudent:reviewOn_input");
        typeDate("policeStudent:reviewOn_input", today().plusMonths(6));
        browser.type("policeStudent:basisDocument", "ПДН-" + newcomer);
        walk.submit("policeStudent:save", "record: registered");
        assertThat(Api.as("inspector1").get("students/" + registered + "/police-registrations").array()).hasSize(1);

        walk.follow(By.cssSelector("header a[href*='/ui/safety.xhtml']"), "safety");
        walk.pick("choose:school", String.valueOf(SCHOOL_A));
        walk.submit("choose:show", "safety: school");
        WebElement unchosen = browser.find("inspection").findElement(By.cssSelector("select.finding"));
        walk.click(By.id("inspection:asProfile"));
        browser.waitGone(unchosen);
        browser.wait.until(d -> d.findElements(By.cssSelector("#inspection select.finding")).stream()
                .anyMatch(s -> !new Select(s).getFirstSelectedOption().getAttribute("value").isEmpty()));
        answerEveryLine(Api.as("inspector1").get("schools/" + SCHOOL_A + "/safety/checklist").array()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(e -> e.getString("item"), e -> e)));
        walk.submit("inspection:record", "safety: inspected");
        assertThat(Api.as("inspector1").get("schools/" + SCHOOL_A + "/safety/inspections?size=500").array())
                .hasSize(inspections + 1);
    }

    @Test
    void anOmbudsmanReadsTheDashboardAndDownloadsEveryWorkbookInRussian() {
        anOmbudsmanReadsTheDashboardAndDownloadsEveryWorkbook("ru");
    }

    @Test
    void anOmbudsmanReadsTheDashboardAndDownloadsEveryWorkbookInKazakh() {
        anOmbudsmanReadsTheDashboardAndDownloadsEveryWorkbook("kk");
    }

    private void anOmbudsmanReadsTheDashboardAndDownloadsEveryWorkbook(String language) {
        start("c ombudsman: dashboard, workbooks", language);
        walk.logIn("ombudsman1");
        walk.follow(By.cssSelector("header a[href*='/ui/dashboard.xhtml']"), "dashboard");
        browser.find("open-title");
        walk.follow(By.cssSelector("header a[href*='/ui/reports.xhtml']"), "reports");
        List<String> reports = new Select(browser.find("ask:report")).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(reports).isNotEmpty();
        List<String> downloaded = new ArrayList<>();
        for (String report : reports) {
            walk.pick("ask:report", report);
            Select region = new Select(browser.find("ask:region"));
            String first = region.getOptions().get(1).getAttribute("value");
            if (!first.equals(region.getFirstSelectedOption().getAttribute("value"))) {
                walk.pick("ask:region", first);
                browser.wait.until(ExpectedConditions.textToBePresentInElementValue(By.id("ask:region"), first));
            }
            int runs = browser.driver.findElements(By.cssSelector("a.run-file")).size();
            walk.submit("ask:prepare", "reports: " + report);
            browser.wait.until(d -> !d.findElements(By.id("download")).isEmpty()
                    || d.findElements(By.cssSelector("a.run-file")).size() > runs);
            List<WebElement> direct = browser.driver.findElements(By.id("download"));
            String link = direct.isEmpty()
                    ? browser.driver.findElements(By.cssSelector("[id='runs-form:runs_data'] > tr:first-child a.run-file"))
                    .get(0).getAttribute("href")
                    : direct.get(0).getAttribute("href");
            walk.clicks++;
            HttpResponse<byte[]> file = fetch(link);
            assertThat(file.statusCode()).as(report).isEqualTo(200);
            assertThat(new String(file.body(), 0, 2)).as(report + " is a workbook").isEqualTo("PK");
            downloaded.add(report);
        }
        assertThat(downloaded).containsExactlyElementsOf(reports);
    }

    @Test
    void aCasesEvidenceLinksToTheIncidentAndThePoliceRegistrationOnTheStudentsFile() {
        long student = created(Api.as("psychologist1").post("students", Fixtures.studentJson(newIin(), SCHOOL_A)));
        long kase = caseOnThePoliceRegister(student);
        long incident = Api.as("inspector1").get("students/" + student + "/incidents").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long registration = Api.as("inspector1").get("students/" + student + "/police-registrations").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        browser = Browser.open("ru");

        browser.logIn("inspector1", "case.xhtml?id=" + kase + "&lang=ru");
        browser.driver.findElement(By.cssSelector("#reasons a.evidence-link[href$='#incident-" + incident + "']"))
                .click();
        browser.wait.until(ExpectedConditions.urlContains("student.xhtml?id=" + student));
        WebElement shown = browser.find("incident-" + incident);
        assertThat(shown.findElement(By.xpath("./ancestor::tr[1]")).getText()).contains("Драка");
        assertThat(((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelector(':target') && document.querySelector(':target').id"))
                .isEqualTo("incident-" + incident);
        browser.shoot("evidence-incident-ru");

        browser.driver.navigate().back();
        browser.driver.findElement(By.cssSelector(
                "#reasons a.evidence-link[href$='#police-registration-" + registration + "']")).click();
        browser.wait.until(ExpectedConditions.urlContains("#police-registration-" + registration));
        assertThat(browser.find("police-registration-" + registration).findElement(By.xpath("./ancestor::tr[1]"))
                .getText()).contains("ПДН-" + student);
        browser.shoot("evidence-police-registration-ru");
    }

    @Test
    void aRefusedSaveKeepsItsRecordsAddressOnTheStudentTheCaseAndTheSafetyPages() {
        long student = created(Api.as("psychologist1").post("students", Fixtures.studentJson(newIin(), SCHOOL_A)));
        long kase = caseOnThePoliceRegister(student);
        browser = Browser.open("ru");

        browser.logIn("psychologist1", "student.xhtml?id=" + student + "&lang=ru");
        browser.click("session:save");
        browser.waitForText("session", "уровень");
        keepsItsAddress("student.xhtml?id=" + student, "identity", "2011");

        browser.logIn("inspector1", "case.xhtml?id=" + kase + "&lang=ru");
        browser.click("contact:save");
        browser.waitForText(By.cssSelector("[id='contact'] .ui-message-error"), "");
        assertThat(browser.driver.findElements(By.cssSelector("[id='contact'] .ui-message-error"))).isNotEmpty();
        keepsItsAddress("case.xhtml?id=" + kase, "summary", "Test");

        String item = Api.as("inspector1").get("schools/" + SCHOOL_A + "/safety/checklist").array()
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> !(e.get("openPrescription") instanceof JsonObject))
                .map(e -> e.getString("item")).findFirst().orElseThrow();
        browser.go("safety.xhtml?schoolId=" + SCHOOL_A + "&lang=ru");
        WebElement unchosen = browser.find("inspection").findElement(By.cssSelector("select[data-item='" + item + "']"));
        browser.click("inspection:asProfile");
        browser.waitGone(unchosen);
        new Select(browser.find("inspection").findElement(By.cssSelector("select[data-item='" + item + "']")))
                .selectByValue("DEFECT");
        browser.click("inspection:record");
        browser.waitForText(By.xpath("//select[@data-item='" + item + "']/ancestor::tr[1]"),
                "Укажите, что должна сделать школа");
        keepsItsAddress("safety.xhtml?schoolId=" + SCHOOL_A, "profile-title", "");
    }

    /**
     * Takes up a case: answers for it (the rules may already have assigned the caller, who then has nothing to take)
     * and logs the first contact, which puts it in work.
     */
    private void takeUp(String user, long kase) {
        if (!browser.driver.findElements(By.id("take:save")).isEmpty()) {
            walk.submit("take:save", "case: taken");
        }
        WebElement at = browser.find("contact:at_input");
        at.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                LocalDateTime.now(ZoneId.of("Asia/Almaty")).format(MINUTE));
        at.sendKeys(Keys.TAB);
        walk.pick("contact:channel", "IN_PERSON");
        browser.type("contact:note", "Сөйлестік / Поговорили");
        walk.submit("contact:save", "case: first contact");
        JsonObject taken = Api.as(user).get("cases/" + kase).object();
        assertThat(taken.getJsonArray("assignees").toString()).contains(user);
        assertThat(taken.getString("status")).isEqualTo("IN_PROGRESS");
    }

    /** A student on the police register with a new incident: EW-05 opens a case for an inspector. */
    private static long caseOnThePoliceRegister(long student) {
        assertThat(Api.as("inspector1").post("students/" + student + "/police-registrations", """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-%d"}"""
                .formatted(today().minusDays(10), today().plusMonths(6), student)).status()).isEqualTo(201);
        Api.Reply incident = Api.as("inspector1").post("students/" + student + "/incidents",
                Fixtures.incidentJson(2, "PERPETRATOR"));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
        return onlyCaseOf(student).getJsonNumber("id").longValue();
    }

    /**
     * After a refused save the address still names the record, and opening that address again (a refresh, a
     * bookmark, a shared link) shows the same record.
     */
    private void keepsItsAddress(String page, String shows, String text) {
        String address = browser.driver.getCurrentUrl();
        assertThat(address).as("the address after a refused save").contains("/ui/" + page);
        browser.driver.get(address);
        browser.waitForText(shows, text);
        assertThat(browser.driver.getPageSource()).doesNotContain("не найден");
    }

    /**
     * From a date field Tab goes to its calendar button (or straight on) and then to the next field, and the
     * calendar stays shut all the while.
     */
    private void tabLeavesTheCalendarShut(String picker, String next) {
        WebElement field = browser.find(picker + "_input");
        field.click();
        WebElement panel = browser.find(picker + "_panel");
        List<String> visited = new ArrayList<>();
        for (int tab = 0; tab < 2 && !next.equals(active().getAttribute("id")); tab++) {
            active().sendKeys(Keys.TAB);
            visited.add(active().getTagName() + "#" + active().getAttribute("id"));
            assertThat(panel.isDisplayed()).as("Tab opens no calendar (after " + visited + ")").isFalse();
        }
        assertThat(active().getAttribute("id")).as("Tab reaches the next field by " + visited).isEqualTo(next);
        System.out.println("Keyboard: Tab from " + picker + "_input went " + visited + ", the calendar stayed shut");
    }

    /** Each line as the profile leads to expect, with what the service asks of a line said. */
    private void answerEveryLine(Map<String, JsonObject> checklist) {
        for (WebElement line : browser.driver.findElements(By.cssSelector("#inspection select.finding"))) {
            JsonObject entry = checklist.get(line.getAttribute("data-item"));
            Select finding = new Select(line);
            String value = finding.getFirstSelectedOption().getAttribute("value");
            if (value.isEmpty()) {
                walk.clicks++;
                finding.selectByValue("OK");
                value = "OK";
            }
            boolean open = entry.get("openPrescription") instanceof JsonObject;
            if (!"OK".equals(value) && !open) {
                line.findElement(By.xpath("./ancestor::tr//input[contains(@id, ':remarks')]"))
                        .sendKeys("Устранить / Жөндеу");
            }
            if ("OK".equals(value) && open && entry.getJsonObject("openPrescription").getBoolean("overdue")) {
                walk.clicks++;
                line.findElement(By.xpath("./ancestor::tr//input[@type='radio' and @value='false']")).click();
            }
        }
    }

    private void typeDate(String input, LocalDate day) {
        WebElement field = browser.find(input);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.format(DAY));
        field.sendKeys(Keys.TAB);
        assertThat(field.getAttribute("value")).isEqualTo(day.format(DAY));
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private void start(String journey, String language) {
        browser = Browser.open(language);
        walk = new Walk(journey, language);
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private HttpResponse<byte[]> fetch(String url) {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One journey as walked: its clicks and key submits, and each page it loaded with its server time. */
    private final class Walk {

        private final String journey;
        private final String language;
        private final List<String> pages = new ArrayList<>();
        int clicks;

        Walk(String journey, String language) {
            this.journey = journey;
            this.language = language;
        }

        /** Keycloak's login in the browser's language: the user name and password typed, one click to log in. */
        void logIn(String user) {
            browser.go("inbox.xhtml?lang=" + language);
            browser.find("username").sendKeys(user);
            browser.find("password").sendKeys("demo");
            loads(() -> browser.click("kc-login"), "login → inbox");
            browser.find("who");
        }

        void go(String page, String name) {
            loads(() -> browser.go(page), name);
        }

        void follow(By link, String name) {
            loads(() -> browser.wait.until(ExpectedConditions.elementToBeClickable(link)).click(), name);
        }

        void submit(String button, String name) {
            loads(() -> browser.click(button), name);
        }

        void click(By element) {
            clicks++;
            browser.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        }

        void pick(String select, String value) {
            clicks++;
            new Select(browser.find(select)).selectByValue(value);
        }

        private void loads(Runnable action, String name) {
            clicks++;
            WebElement before = browser.driver.findElement(By.tagName("html"));
            action.run();
            browser.waitGone(before);
            browser.wait.until(d -> "complete".equals(((JavascriptExecutor) d)
                    .executeScript("return document.readyState")));
            browser.find("content");
            pages.add(name + " " + ((JavascriptExecutor) browser.driver).executeScript(SERVER_TIME));
        }

        String row() {
            return String.format("%-48s %-4s %6d  %s", journey, language, clicks, String.join(" | ", pages));
        }
    }
}
