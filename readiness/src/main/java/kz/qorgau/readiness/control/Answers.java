package kz.qorgau.readiness.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The one question asked of each dependency, by readiness and by the server's watch over outages alike: the
 * database with a connection of the server's pool and a round trip, the identity provider with its realm's discovery
 * document. Empty when it answers, else why not. The callers bound the wait as a whole.
 */
public final class Answers {

    private Answers() {
    }

    public static Optional<String> ofDatabase(DataSource database, Duration bound) {
        try (Connection connection = database.getConnection()) {
            return connection.isValid((int) bound.toSeconds()) ? Optional.empty() : Optional.of("no valid connection");
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    public static Optional<String> ofIdentityProvider(HttpClient http, String providerUrl, Duration bound)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                .timeout(bound).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Optional.empty() : Optional.of("answered " + status);
        } catch (IOException e) {
            return Optional.of(String.valueOf(e));
        }
    }
}
