package kz.qorgau.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's login to the pages without a browser: Keycloak's login form filled in over HTTP, the session cookie
 * kept. What an attacker holds after a person logged in on their machine, or what a web page in another tab could
 * make the browser send.
 */
final class PageSession {

    static final String ORIGIN = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.wildfly.port.offset"));
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final CookieManager cookies = new LoopbackCookies();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    private PageSession() {
    }

    /** Logs in through Keycloak's form and lands on the inbox. */
    static PageSession logIn(String username) {
        PageSession session = new PageSession();
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(ORIGIN + "/ui/inbox.xhtml"))
                .header("Accept", "text/html").GET());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + login.uri() + ": " + login.statusCode());
        }
        HttpResponse<String> inbox = session.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(form(Map.of("username", username, "password", "demo"))));
        if (inbox.statusCode() != 200 || !inbox.uri().getPath().endsWith("/ui/inbox.xhtml")) {
            throw new IllegalStateException("login of " + username + " ended at " + inbox.uri() + ": " + inbox.statusCode());
        }
        return session;
    }

    /** The language chosen with the links at the top of a page, which a cookie remembers. */
    PageSession speaking(String code) {
        get("/ui/inbox.xhtml?lang=" + code);
        return this;
    }

    /** The page session's cookie, as the browser would send it along with any request to the server. */
    HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .filter(c -> "/".equals(c.getPath())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form(fields));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /**
     * Browsers count the loopback address as a secure context, and so does Keycloak, which sets its login cookies
     * {@code Secure} on it; the JDK sends those over https only. So cookies go to the loopback address as if it were
     * https, as a browser sends them.
     */
    private static final class LoopbackCookies extends CookieManager {

        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean loopback = "127.0.0.1".equals(uri.getHost());
            return super.get(loopback ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri, headers);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
