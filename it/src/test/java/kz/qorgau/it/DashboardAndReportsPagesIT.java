package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard and the reports page in a real headless Chromium: a coordinator sees charts with their tables, an
 * ombudsman gets the regional summary of Almaty in Kazakh, a coordinator follows a background case list to its
 * download, and a regional ombudsman is offered only their own region and refused another. Files are fetched over
 * HTTP with the browser's session cookies (the shared browser keeps no download directory) and opened with POI.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class DashboardAndReportsPagesIT {

    /** The case list's title in Russian, on the page and on the workbook's cover. */
    private static final String CASE_LIST = "Дела раннего предупреждения";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Browsers.Open
    private Browser browser;

    @Test
    void theCoordinatorSeesChartsWithTablesBesideThemInEachLanguage() {
        long student = Fixtures.newStudentAtSchoolA();
        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                Fixtures.sessionJson(0, "\"SUICIDAL_IDEATION\"", "said she wants to disappear"));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);

        browser.logIn("coordinator1", "dashboard.xhtml?lang=en");
        browser.waitForText("open", "Critical");
        assertThat(browser.driver.findElements(By.cssSelector("#openChart canvas, #weeklyChart canvas"))).hasSize(2);
        browser.wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return typeof Chart !== 'undefined' && ['openChart_canvas', 'weeklyChart_canvas']"
                        + ".every(id => Chart.getChart(document.getElementById(id)) !== undefined);"));
        assertThat(browser.text("weekly")).contains("Week from");
        assertThat(browser.text("open-title")).matches("Open cases by level and status \\([1-9][0-9]*\\)");
        assertThat(browser.text("concealment-count")).contains("incidents recorded by the police");
        assertThat(browser.text("concealment-confirmed")).matches("\\d+ confirmed by a coordinator or an ombudsman");
        browser.shoot("dashboard-en");

        browser.go("dashboard.xhtml?lang=kk");
        browser.waitForText("open-title", "Ашық істер");
        assertThat(browser.text("concealment-confirmed")).endsWith("үйлестіруші немесе омбудсмен растаған");
        browser.shoot("dashboard-kk");
        browser.go("dashboard.xhtml?lang=ru");
        browser.waitForText("open-title", "Открытые дела");
        browser.shoot("dashboard-ru");
    }

    @Test
    void theOmbudsmanGetsTheRegionalSummaryOfAlmatyInKazakh() throws IOException {
        browser.logIn("ombudsman1", "reports.xhtml?lang=en");
        browser.choose("ask:report", "Regional summary");
        browser.choose("ask:region", "Almaty city");
        browser.find("ask:district");
        browser.choose("ask:language", "Қазақша");
        browser.shoot("reports-en");
        browser.click("ask:prepare");

        browser.waitForText("messages", "The workbook is ready to download.");
        HttpResponse<byte[]> file = fetch(browser.find("download").getAttribute("href"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("qorgau-regional-summary-");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Мұқаба");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Өңірлік жиынтық");
        }

        browser.go("reports.xhtml?lang=kk");
        browser.waitForText("runs-title", "Менің фондық есептерім");
        browser.shoot("reports-kk");
    }

    @Test
    void theCoordinatorFollowsABackgroundCaseListToItsDownload() throws IOException {
        browser.logIn("coordinator1", "reports.xhtml?lang=ru");
        browser.choose("ask:report", CASE_LIST);
        browser.click("ask:background");
        browser.click("ask:prepare");

        browser.waitForText("messages", "Отчёт формируется в фоне");
        By newest = By.cssSelector("[id='runs-form:runs_data'] > tr:first-child");
        browser.waitForText(newest, "Готов");
        String link = browser.driver.findElement(newest).findElement(By.cssSelector("a.run-file")).getAttribute("href");
        browser.shoot("reports-ru");

        HttpResponse<byte[]> file = fetch(link);
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(CASE_LIST);
        }
    }

    @Test
    void aRegionalOmbudsmanIsOfferedOnlyTheirRegionAndRefusedAReversedPeriodAndAnotherRegion() {
        browser.logIn("ombudsman2", "reports.xhtml?lang=en");
        assertThat(new Select(browser.find("ask:region")).getOptions()).extracting(WebElement::getText)
                .containsExactly("All", "Almaty Region");

        browser.choose("ask:report", "Police registers");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('ask:from_input').value='01.03.2026';"
                        + "document.getElementById('ask:to_input').value='01.02.2026';");
        browser.click("ask:prepare");
        browser.waitForText("messages", "after it ends on");

        HttpResponse<byte[]> outside = fetch(Browser.BASE + "report-file?report=regional-summary&regionId=75");
        assertThat(outside.statusCode()).as("as if it did not exist").isEqualTo(404);
    }

    /** A download as the browser would make it, with the cookies of its login. */
    private HttpResponse<byte[]> fetch(String url) {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
