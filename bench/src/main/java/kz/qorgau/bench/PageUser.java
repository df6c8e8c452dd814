package kz.qorgau.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person on the pages, as a browser does it with cookies: logged in through Keycloak's own login form, then loading
 * a page. A page answered 200 means still logged in; a redirect means the session was lost and Keycloak's login
 * would be next.
 */
final class PageUser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    /** What one load of the page came to. */
    enum Load { SHOWN, SENT_TO_LOGIN, FAILED }

    private final CookieManager cookies = new LoopbackCookies();
    private final HttpClient following;
    private final HttpClient browser;
    private final String page;

    private PageUser(String page) {
        this.page = page;
        this.following = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Opens the page, fills in Keycloak's login form, and comes back to the page logged in. Every request asks for
     * HTML as a browser does: the pages answer other requests 401 instead of sending them to the login.
     */
    static PageUser logIn(String origin, String path, String username, String password) throws Exception {
        PageUser user = new PageUser(origin + path);
        HttpResponse<String> login = user.following.send(HttpRequest.newBuilder(URI.create(user.page))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("no login form at " + login.uri() + " (" + login.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("the login form names no action: " + form.group());
        }
        String fields = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> back = user.following.send(HttpRequest.newBuilder(
                        URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 200 || !back.uri().toString().startsWith(origin)) {
            throw new IllegalStateException("the login did not come back to the page: " + back.statusCode() + " at "
                    + back.uri());
        }
        return user;
    }

    /** One load of the page, as a browser's reload: no redirect followed, so that a lost login shows. */
    Load load() {
        try {
            int status = browser.send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return Load.SHOWN;
            }
            return status == 302 || status == 303 ? Load.SENT_TO_LOGIN : Load.FAILED;
        } catch (IOException e) {
            return Load.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Load.FAILED;
        }
    }

    /**
     * Cookies as a browser keeps them for 127.0.0.1, a secure context even on plain http: Keycloak's login cookies
     * are {@code Secure}, which the JDK's cookie manager would otherwise never send back over http.
     */
    static final class LoopbackCookies extends CookieManager {

        private static final Pattern SECURE = Pattern.compile(";\\s*Secure\\s*(?=;|$)", Pattern.CASE_INSENSITIVE);

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new HashMap<>();
            headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(value -> SECURE.matcher(value).replaceAll("")).toList() : values));
            super.put(uri, insecure);
        }
    }

    /** The node the balancer keeps this user on: the route after the dot of the session cookie. */
    String node() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).filter(value -> value.contains("."))
                .map(value -> value.substring(value.lastIndexOf('.') + 1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the session cookie names no node"));
    }
}
