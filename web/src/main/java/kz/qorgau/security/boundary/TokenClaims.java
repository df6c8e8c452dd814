package kz.qorgau.security.boundary;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * Reads the caller from the claims of a bearer token. The signature, issuer and expiry were already checked by
 * the server's OIDC mechanism before the request got here; this only decodes what it accepted.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    public static Caller callerOf(String bearerToken) {
        String[] parts = bearerToken.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        JsonObject claims = Json.createReader(new StringReader(payload)).readObject();
        return new Caller(
                claims.getString("preferred_username", claims.getString("sub", "unknown")),
                roles(claims),
                new Jurisdiction(
                        bool(claims.get("national")),
                        ids(claims.get("region_id")),
                        ids(claims.get("district_id")),
                        ids(claims.get("school_ids"))));
    }

    private static Set<String> roles(JsonObject claims) {
        Set<String> roles = new HashSet<>();
        JsonObject realmAccess = claims.getJsonObject("realm_access");
        if (realmAccess != null && realmAccess.containsKey("roles")) {
            realmAccess.getJsonArray("roles").getValuesAs(JsonString.class).forEach(r -> roles.add(r.getString()));
        }
        return roles;
    }

    /** A claim may arrive as a number, a numeric string, or an array of either. */
    private static Set<Long> ids(JsonValue value) {
        Set<Long> ids = new HashSet<>();
        if (value == null) {
            return ids;
        }
        switch (value.getValueType()) {
            case ARRAY -> value.asJsonArray().forEach(v -> ids.addAll(ids(v)));
            case NUMBER -> ids.add(((JsonNumber) value).longValue());
            case STRING -> {
                String text = ((JsonString) value).getString().strip();
                if (text.matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(text));
                }
            }
            default -> {
            }
        }
        return ids;
    }

    private static boolean bool(JsonValue value) {
        return value == JsonValue.TRUE
                || (value instanceof JsonString s && "true".equalsIgnoreCase(s.getString()));
    }
}
