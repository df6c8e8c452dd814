package kz.qorgau.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keycloak's login page speaks the pages' language: the one chosen in Qorgau (remembered in a cookie) or, without a
 * choice, the browser's. The choice travels as {@code ui_locales} on every redirect to the login, Kazakh comes from
 * the realm's theme {@code qorgau} (keycloak-realm/themes), Russian and English from Keycloak's own bundles; the
 * pages after the login, the log-out and the next login keep the language. Screenshots of the login page in each
 * language go to {@code it/target/screenshots} ({@code login-kk.png}, ...).
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class LoginLanguagesIT {

    private static final String KEYCLOAK = "http://127.0.0.1:" + Integer.getInteger("it.keycloak.port");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Browser browser;

    @Test
    void everyRedirectToTheLoginCarriesTheLanguage() {
        assertThat(loginRedirect("/ui/inbox.xhtml", "Cookie", "qorgau-lang=kk")).contains("ui_locales=kk");
        // A bookmarked page, or a link followed after the session timed out: the cookie still speaks.
        assertThat(loginRedirect("/ui/student.xhtml?id=1", "Cookie", "qorgau-lang=ru", "Accept-Language", "kk"))
                .contains("ui_locales=ru");
        assertThat(loginRedirect("/ui/students.xhtml", "Accept-Language", "kk-KZ,kk;q=0.9,ru;q=0.8"))
                .contains("ui_locales=kk");
        assertThat(loginRedirect("/ui/inbox.xhtml", "Accept-Language", "de-DE,ru;q=0.7,en;q=0.5"))
                .contains("ui_locales=ru");
        // Exactly one, never twice.
        assertThat(loginRedirect("/ui/inbox.xhtml", "Cookie", "qorgau-lang=kk").split("ui_locales=", -1)).hasSize(2);

        // A language asked for on the page wins over the remembered one and, as the login returns to the page
        // without its query, is remembered on the way.
        HttpResponse<Void> asked = get("/ui/inbox.xhtml?lang=en", "Cookie", "qorgau-lang=kk");
        assertThat(asked.headers().firstValue("Location")).get(STRING).contains("ui_locales=en");
        assertThat(asked.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("qorgau-lang=en;").contains("Path=/").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void kazakhChosenInThePagesIsTheLanguageOfTheLoginItsErrorsThePagesAndTheLogOut() {
        browser = Browser.open(); // a browser in English: the choice made in Qorgau wins
        browser.go("inbox.xhtml?lang=kk");
        assertLoginPage("kk", "Жүйеге кіру", "Кіру", "Пайдаланушы аты немесе электрондық пошта");
        assertThat(browser.driver.getTitle()).isEqualTo("Qorgau жүйесіне кіру");
        assertThat(browser.driver.findElement(By.cssSelector("label[for='password']")).getText()).contains("Құпия сөз");
        browser.shoot("login-kk");

        logIn("psychologist2", "not-the-password");
        browser.waitForText("input-error-username", "Пайдаланушы аты немесе құпия сөз қате.");
        assertLoginPage("kk", "Жүйеге кіру", "Кіру", "Пайдаланушы аты немесе электрондық пошта");
        browser.shoot("login-kk-wrong-password");

        logIn("psychologist2", "demo");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Менің тізімім"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");

        // The log-out returns to the pages, which send the browser to the login again: in Kazakh, from the cookie.
        browser.logOut();
        assertLoginPage("kk", "Жүйеге кіру", "Кіру", "Пайдаланушы аты немесе электрондық пошта");

        // Keycloak's own log-out asks first when it cannot tell who is leaving, then says it is done.
        logIn("psychologist2", "demo");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Менің тізімім"));
        browser.driver.get(KEYCLOAK + "/realms/qorgau/protocol/openid-connect/logout?client_id=qorgau-web&ui_locales=kk");
        browser.waitForText("kc-page-title", "Жүйеден шығу");
        assertThat(browser.text("kc-logout-confirm")).contains("Жүйеден шығасыз ба?");
        assertThat(browser.find("kc-logout").getAttribute("value")).isEqualTo("Шығу");
        browser.shoot("logout-kk");
        browser.click("kc-logout");
        browser.waitForText(By.tagName("body"), "Сіз жүйеден шықтыңыз.");
    }

    @Test
    void aBrowserInKazakhGetsTheLoginAndThePagesInKazakh() {
        browser = Browser.open("kk");
        browser.go("inbox.xhtml");
        assertLoginPage("kk", "Жүйеге кіру", "Кіру", "Пайдаланушы аты немесе электрондық пошта");
        logIn("psychologist1", "demo");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Менің тізімім"));
        browser.shoot("inbox-after-login-kk");
    }

    @Test
    void russianAndEnglishChosenInThePagesAreTheLanguagesOfTheLogin() {
        browser = Browser.open();
        browser.go("inbox.xhtml?lang=ru");
        assertLoginPage("ru", "Вход в учетную запись", "Вход", "Имя пользователя или E-mail");
        browser.shoot("login-ru");
        logIn("psychologist1", "demo");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Мои задачи"));
        browser.logOut();
        assertLoginPage("ru", "Вход в учетную запись", "Вход", "Имя пользователя или E-mail");

        browser.go("inbox.xhtml?lang=en");
        assertLoginPage("en", "Sign in to your account", "Sign In", "Username or email");
        browser.shoot("login-en");
        logIn("psychologist1", "demo");
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My inbox"));
    }

    /** Keycloak's login page, waited for, in the language: its {@code lang}, heading, button and username label. */
    private void assertLoginPage(String lang, String heading, String button, String usernameLabel) {
        browser.find("username");
        browser.waitForText("kc-page-title", heading);
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.driver.findElement(By.id("kc-login")).getText()).isEqualTo(button);
        assertThat(browser.driver.findElement(By.cssSelector("label[for='username']")).getText())
                .contains(usernameLabel);
    }

    private void logIn(String username, String password) {
        browser.type("username", username);
        browser.type("password", password);
        browser.click("kc-login");
    }

    /** Where the pages send a browser that is not logged in: Keycloak's authorization endpoint, with the query. */
    private static String loginRedirect(String page, String... headers) {
        return get(page, headers).headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<Void> get(String page, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PageSession.ORIGIN + page)).GET()
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60));
        request.headers(headers);
        try {
            HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).get(STRING)
                    .startsWith(KEYCLOAK + "/realms/qorgau/protocol/openid-connect/auth?");
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
