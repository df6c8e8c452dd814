package kz.qorgau.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A client of the Qorgau API that signs in as a demo user with a real Keycloak token. */
final class Api {

    /**
     * HTTP/1.1, as curl and browsers speak plain HTTP: the JDK's default upgrade to HTTP/2 over cleartext once had
     * a 100,000-row upload cut by a GOAWAY on a busy machine.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens are reused until shortly before they expire: a suite may run longer than their lifespan. */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(90);

    static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.wildfly.port.offset")) + "/api/";
    static final String ISSUER = "http://127.0.0.1:" + Integer.getInteger("it.keycloak.port") + "/realms/qorgau";

    /** The token of each request: a demo user's, signed in again when it nears expiry, or a fixed one. */
    private final Supplier<String> token;
    private String language = "en";
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Api(Supplier<String> token) {
        this.token = token;
    }

    static Api as(String username) {
        return new Api(() -> tokenOf(username));
    }

    static Api withToken(String token) {
        return new Api(() -> token);
    }

    static String tokenOf(String username) {
        return TOKENS.compute(username, (name, held) -> held == null || held.expiresSoon() ? signIn(name) : held)
                .value();
    }

    /** Drops the tokens held: after Keycloak starts again with new signing keys, nobody knows the old ones' key. */
    static void forgetTokens() {
        TOKENS.clear();
    }

    static Api anonymous() {
        return new Api(() -> null);
    }

    Api inLanguage(String language) {
        this.language = language;
        return this;
    }

    /** A header sent with every request, such as a workbook's password. */
    Api withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A path of the server outside the API, such as {@code openapi}. */
    static Reply server(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE.replace("/api/", "/") + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    Reply get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A file as the raw body, as a spreadsheet upload sends it; large files get a longer timeout. */
    Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).timeout(Duration.ofMinutes(3)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Reply delete(String path) {
        return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept-Language", language);
        headers.forEach(builder::header);
        String bearer = token.get();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static Reply send(HttpRequest request, HttpResponse.BodyHandler<byte[]> handler) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, handler);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Token signIn(String username) {
        String form = "grant_type=password&client_id=qorgau-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo";
        Reply reply = send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (reply.status() != 200) {
            throw new IllegalStateException("Keycloak refused " + username + ": " + reply.text());
        }
        JsonObject tokens = reply.object();
        return new Token(tokens.getString("access_token"),
                Instant.now().plusSeconds(tokens.getJsonNumber("expires_in").longValue()));
    }

    private record Token(String value, Instant expiresAt) {

        boolean expiresSoon() {
            return Instant.now().plus(RENEW_BEFORE_EXPIRY).isAfter(expiresAt);
        }
    }

    record Reply(int status, String contentType, byte[] body, String disposition) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            return Json.createReader(new StringReader(text())).read();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }
}
