package kz.qorgau.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's login to the pages without a browser: Keycloak's login form filled in over HTTP, the cookies kept
 * and redirects followed as a browser does. What an attacker holds after a person logged in on their machine, or
 * what a web page in another tab could make the browser send. The cookies are kept by hand because Keycloak marks
 * its own Secure, which browsers honour on loopback and Java's cookie manager does not.
 */
final class PageSession {

    static final String ORIGIN = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.wildfly.port.offset"));
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    /** What a browser accepts when it follows a link or a redirect: a page. */
    private static final String NAVIGATION = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Cookie values by port and name; paths are ignored, as every cookie here is the server's own. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new ArrayList<>();

    private PageSession() {
    }

    /** Logs in through Keycloak's form and lands on the inbox. */
    static PageSession logIn(String username) {
        PageSession session = new PageSession();
        HttpResponse<String> login = session.get("/ui/inbox.xhtml");
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + login.uri() + ": " + login.statusCode());
        }
        HttpResponse<String> inbox = session.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", NAVIGATION)
                .POST(form(Map.of("username", username, "password", "demo"))));
        if (inbox.statusCode() != 200 || !inbox.uri().getPath().endsWith("/ui/inbox.xhtml")) {
            throw new IllegalStateException("login of " + username + " ended at " + inbox.uri() + ": "
                    + inbox.statusCode());
        }
        return session;
    }

    /** The language chosen with the links at the top of a page, which a cookie remembers. */
    PageSession speaking(String code) {
        get("/ui/inbox.xhtml?lang=" + code);
        return this;
    }

    /** The application's session cookie, as the browser would send it along with any request to the server. */
    String sessionCookie() {
        String value = cookies.get(URI.create(ORIGIN).getPort() + ":JSESSIONID");
        if (value == null) {
            throw new IllegalStateException("no session cookie");
        }
        return value;
    }

    /** Every Set-Cookie header the server and Keycloak sent during this session, as sent. */
    List<String> setCookieHeaders() {
        return List.copyOf(setCookieHeaders);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + path)).GET().header("Accept", NAVIGATION);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + path)).header("Accept", NAVIGATION)
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

    /** Sends with this session's cookies and follows redirects (as GET) with them, keeping what is set. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest next = withCookies(request).timeout(Duration.ofSeconds(60)).build();
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = exchange(next);
            keep(response);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            next = withCookies(HttpRequest.newBuilder(response.uri().resolve(location.get())).GET()
                    .header("Accept", NAVIGATION)).timeout(Duration.ofSeconds(60)).build();
        }
        throw new IllegalStateException("too many redirects from " + request.build().uri());
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        int port = request.build().uri().getPort();
        String header = cookies.entrySet().stream().filter(c -> c.getKey().startsWith(port + ":"))
                .map(c -> c.getKey().substring(c.getKey().indexOf(':') + 1) + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? request : request.setHeader("Cookie", header);
    }

    private void keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String key = response.uri().getPort() + ":" + pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(key);
            } else {
                cookies.put(key, value);
            }
        }
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
