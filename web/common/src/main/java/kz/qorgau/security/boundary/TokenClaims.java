package kz.qorgau.security.boundary;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * Reads the caller from the claims of a token that the server's OIDC mechanism verified (signature, issuer,
 * audience, expiry). It is handed the claims the mechanism parsed, never a token string from a request header.
 */
public final class TokenClaims {

    /** As long as the column that keeps it (migration 24). */
    private static final int NAME_LENGTH = 300;
    /** As long as the column that keeps it (migration 27). */
    private static final int EMAIL_LENGTH = 320;

    private TokenClaims() {
    }

    /** @param claims JSON values as the mechanism parsed them: strings, numbers, booleans, lists and maps */
    public static Caller callerOf(Map<String, ?> claims) {
        Object username = claims.get("preferred_username");
        if (!(username instanceof String)) {
            username = claims.get("sub");
        }
        return new Caller(
                username instanceof String name ? name : "unknown",
                roles(claims.get("realm_access")),
                new Jurisdiction(
                        Boolean.TRUE.equals(claims.get("national")) || "true".equals(claims.get("national")),
                        ids(claims.get("region_id")),
                        ids(claims.get("district_id")),
                        ids(claims.get("school_ids"))));
    }

    /**
     * The person's name as the identity provider states it: the {@code name} claim, else the given and family names;
     * empty when the token carries none, so that the person is shown by their login.
     */
    public static Optional<String> displayNameOf(Map<String, ?> claims) {
        String name = text(claims.get("name"));
        if (name.isEmpty()) {
            name = (text(claims.get("given_name")) + " " + text(claims.get("family_name"))).strip();
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name.length() > NAME_LENGTH
                ? name.substring(0, NAME_LENGTH) : name);
    }

    /** The address the identity provider verified, if any: mail never goes to an address nobody confirmed. */
    public static Optional<String> emailOf(Map<String, ?> claims) {
        String email = text(claims.get("email"));
        boolean verified = Boolean.TRUE.equals(claims.get("email_verified")) || "true".equals(claims.get("email_verified"));
        return verified && email.length() <= EMAIL_LENGTH && email.matches("[^@\\s]+@[^@\\s]+")
                ? Optional.of(email) : Optional.empty();
    }

    private static String text(Object claim) {
        return claim instanceof String text ? text.strip().replaceAll("\\s+", " ") : "";
    }

    private static Set<String> roles(Object realmAccess) {
        Set<String> roles = new HashSet<>();
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            names.stream().filter(String.class::isInstance).map(String.class::cast).forEach(roles::add);
        }
        return roles;
    }

    /** A claim may arrive as a number, a numeric string, or a list of either; anything else names no place. */
    private static Set<Long> ids(Object value) {
        Set<Long> ids = new HashSet<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> ids.addAll(ids(v)));
        } else if (value instanceof Long || value instanceof Integer) {
            ids.add(((Number) value).longValue());
        } else if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
            ids.add(Long.parseLong(text.strip()));
        }
        return ids;
    }
}
