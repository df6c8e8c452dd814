package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page under {@code /ui/}, as the demo user who works on it, in Kazakh and in Russian, on a 1366x768 laptop
 * and on a 768x1024 tablet: axe-core finds no serious or critical violation of WCAG 2.1 AA, and no heading, badge,
 * button, label or table cell cuts its text (overflow hidden or an ellipsis with text wider than the box). Kazakh
 * and Russian words are long; a layout tried in English alone cuts them. The counts of axe's findings are printed
 * for each page.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class AccessibilityPagesIT {

    private static final List<String> LANGUAGES = List.of("kk", "ru");
    private static final int[][] SIZES = {{1366, 768}, {768, 1024}};

    /**
     * What shows text in a box: an element whose text is wider than its box while the box hides what overflows
     * (or ends it with an ellipsis) is cut. Returns one line per such element: where, and what it says.
     */
    private static final String CLIPPED = """
            const seen = [];
            const boxes = document.querySelectorAll('header *, main h1, main h2, main h3, main h4, main legend,'
                + ' main label, main th, main td, main dt, main dd, main button, main a, main .ui-button,'
                + ' main .ui-button-text, main .level, main .urgency, main .tag, main .ui-badge, main .ui-column-title,'
                + ' main .ui-selectonemenu-label, main .ui-chkbox-label, main .ui-tabs-nav a, main span, main p');
            for (const e of boxes) {
              const style = getComputedStyle(e);
              if (style.display === 'none' || style.visibility === 'hidden' || e.getClientRects().length === 0) continue;
              const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
              const text = (e.innerText || '').trim();
              if (hides && text && e.scrollWidth > e.clientWidth + 1) {
                const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                seen.push(name + ' (' + e.clientWidth + ' of ' + e.scrollWidth + ' px): "'
                    + text.replace(/\\s+/g, ' ').slice(0, 80) + '"');
              }
            }
            return seen;
            """;

    /** One line per page, language and size checked, printed together when the class is done. */
    private static final List<String> TABLE = new CopyOnWriteArrayList<>();

    private final List<String> problems = new ArrayList<>();
    @Browsers.Open("kk")
    private Browser browser;

    @Test
    void thePsychologistsPagesAreReadableAndUncut() {
        browser.logIn("psychologist1", "inbox.xhtml");
        String student = firstLink("inbox.xhtml", "student.xhtml?id=");
        String kase = firstLink("inbox.xhtml", "case.xhtml?id=");
        check("psychologist1", "inbox.xhtml", "students.xhtml", student, kase, "record.xhtml", "reports.xhtml");
    }

    @Test
    void theInspectorsPagesAreReadableAndUncut() {
        browser.logIn("inspector1", "inbox.xhtml");
        browser.go("safety.xhtml");
        String school = browser.driver.findElements(By.cssSelector("[id='choose:school'] option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> v != null && !v.isBlank()).findFirst().orElseThrow();
        check("inspector1", "inbox.xhtml", "record.xhtml", "safety.xhtml?schoolId=" + school);
    }

    @Test
    void theCoordinatorsAndOmbudsmansPagesAreReadableAndUncut() {
        browser.logIn("coordinator1", "dashboard.xhtml");
        check("coordinator1", "dashboard.xhtml", "reports.xhtml", "services.xhtml");
        browser.logIn("ombudsman1", "dashboard.xhtml");
        check("ombudsman1", "dashboard.xhtml", "reports.xhtml");
    }

    @Test
    void theOperatorsAndAdministratorsPagesAreReadableAndUncut() {
        browser.logIn("operator1", "hotline.xhtml");
        check("operator1", "hotline.xhtml");
        browser.logIn("admin1", "admin.xhtml");
        check("admin1", "admin.xhtml");
    }

    @AfterAll
    static void printTable() {
        System.out.println();
        System.out.println("axe-core per page (WCAG 2.1 A/AA violations)");
        System.out.printf("%-62s %7s %8s %5s%n", "user page language size", "serious", "critical", "all");
        TABLE.stream().sorted().forEach(System.out::println);
        System.out.println();
    }

    /** The address of the first link of a page that goes where asked, such as a student's file. */
    private String firstLink(String page, String to) {
        browser.go(page);
        WebElement link = browser.wait.until(d -> d.findElements(By.cssSelector("a[href*='" + to + "']")).stream()
                .findFirst().orElse(null));
        String href = link.getAttribute("href");
        return href.substring(href.indexOf(to));
    }

    private void check(String user, String... pages) {
        for (String page : pages) {
            for (String language : LANGUAGES) {
                for (int[] size : SIZES) {
                    checkOne(user, page, language, size[0], size[1]);
                }
            }
        }
        assertThat(problems).as("pages of " + user).isEmpty();
    }

    private void checkOne(String user, String page, String language, int width, int height) {
        String where = String.format("%s %s %s %dx%d", user, page, language, width, height);
        browser.size(width, height);
        browser.go(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        browser.find("content");
        browser.wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        browser.shoot(("a11y-" + user + "-" + page.replaceAll("\\W+", "-") + "-" + language + "-" + width)
                .replaceAll("-+", "-"));

        Results axe = browser.axe();
        List<Rule> grave = axe.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        System.out.printf("axe %-55s serious %d, critical %d, total %d (%s)%n", where,
                count(axe, "serious"), count(axe, "critical"), axe.getViolations().size(),
                axe.getViolations().stream().map(Rule::getId).collect(Collectors.joining(" ")));
        TABLE.add(String.format("%-62s %7d %8d %5d", where.replaceAll("id=\\d+", "id=N"), count(axe, "serious"),
                count(axe, "critical"), axe.getViolations().size()));
        for (Rule rule : grave) {
            problems.add(where + ": axe " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + rule.getNodes().stream().limit(5).map(describe()).collect(Collectors.joining("; ")));
        }

        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(CLIPPED);
        clipped.forEach(c -> problems.add(where + ": cut " + c));
    }

    private static long count(Results axe, String impact) {
        return axe.getViolations().stream().filter(r -> impact.equals(r.getImpact())).count();
    }

    private static Function<CheckedNode, String> describe() {
        return n -> n.getTarget() + " " + n.getHtml().replaceAll("\\s+", " ").substring(0, Math.min(120,
                n.getHtml().replaceAll("\\s+", " ").length()));
    }
}
