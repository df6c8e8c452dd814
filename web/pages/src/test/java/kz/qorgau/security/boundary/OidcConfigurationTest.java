package kz.qorgau.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both doors wait for the identity provider a bounded time: a hung Keycloak (port open, no answer) must not hold a
 * request, and a flood of tokens with unknown key ids must not make the server fetch the keys more than once in a while.
 */
class OidcConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/main/webapp/WEB-INF/oidc.json", "../api/src/main/webapp/WEB-INF/oidc.json"})
    void callsToTheIdentityProviderAreBounded(String file) throws IOException {
        JsonObject oidc;
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            oidc = Json.createReader(reader).readObject();
        }
        assertThat(oidc.getInt("connection-timeout-millis")).isBetween(1, 5000);
        assertThat(oidc.getInt("socket-timeout-millis")).isBetween(1, 5000);
        assertThat(oidc.getInt("connection-ttl-millis")).isPositive();
        assertThat(oidc.getInt("min-time-between-jwks-requests")).as("seconds between key fetches").isBetween(5, 60);
    }
}
