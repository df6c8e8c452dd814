package kz.qorgau.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}) on
 * the pages under test, at a laptop's 1366x768, logging in through Keycloak's own login page. The test is skipped
 * where the browser is not installed. Screenshots go to {@code it/target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.wildfly.port.offset")) + "/ui/";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // Generous: on a busy two-core machine a first page after login has taken over 20 s.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static Browser open() {
        return open("en-US");
    }

    /** A browser set to a language, such as {@code kk}: what it sends as Accept-Language. */
    static Browser open(String language) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=" + language);
        // Headless Chromium takes Accept-Language from this preference rather than from --lang.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return new Browser(new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).build(), options));
    }

    /** Skips the test where Chromium and its driver are not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    /**
     * As freshly opened, for the next test: no page, no cookies or stored data of the pages or of Keycloak, and a
     * laptop's window. Starting Chromium anew took 6 to 10 s on the loaded two-core machine.
     */
    void reset() {
        driver.get("about:blank");
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (String origin : List.of(BASE.substring(0, BASE.indexOf("/ui/")),
                "http://127.0.0.1:" + Integer.getInteger("it.keycloak.port"))) {
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        size(1366, 768);
    }

    /**
     * Through Keycloak's login page, as the person would: the inbox sends the browser there first and gets it back
     * after the login; then the page asked for (the login keeps a page's address but not its query). Whoever was
     * logged in before logs out first.
     */
    Browser logIn(String user, String page) {
        driver.get(BASE + "inbox.xhtml");
        if (!driver.findElements(By.id("who")).isEmpty()) {
            logOut();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        return go(page);
    }

    /** The log-out link of the page: the application's session and Keycloak's end, and the login page shows. */
    void logOut() {
        driver.findElement(By.cssSelector("a[href$='/ui/logout']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    /** A page of the application by its path under {@code /ui/}, such as {@code student.xhtml?id=5}. */
    Browser go(String page) {
        driver.get(BASE + page);
        return this;
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    String text(String id) {
        return find(id).getText();
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Waits until the element has left the page, as a page loaded or re-rendered in its place. Asked about an element
     * of a page it is leaving, Chromium sometimes answers "does not belong to the document" instead of calling it
     * stale, which Selenium's own {@code stalenessOf} does not take for an answer.
     */
    void waitGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** A drop-down list (a native select): pick the option by its visible label. */
    void choose(String id, String label) {
        new Select(find(id)).selectByVisibleText(label);
    }

    /**
     * Waits until the element shows the text, for what a form's submission brings back. While the answer replaces
     * the page, Chromium may refuse to read a node of the old one; that is only "not yet".
     */
    void waitForText(String id, String text) {
        waitForText(By.id(id), text);
    }

    void waitForText(By element, String text) {
        wait.until(d -> {
            try {
                return d.findElement(element).getText().contains(text);
            } catch (WebDriverException replaced) {
                return false;
            }
        });
    }

    /** The window's size, such as a tablet's 768x1024 in portrait. */
    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** axe-core's checks of the page as shown, by the rules of WCAG 2.1 A and AA. */
    Results axe() {
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    }

    void shoot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
