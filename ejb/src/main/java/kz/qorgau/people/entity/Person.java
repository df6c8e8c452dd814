package kz.qorgau.people.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import kz.qorgau.security.Jurisdiction;

/**
 * A person who signed in or called, with what the identity provider stated of them when last seen: their name, their
 * e-mail address, their roles and jurisdiction (ids kept comma-separated).
 */
@Entity
public class Person {

    @Id
    private String username;

    private String displayName;

    private Instant seenAt;

    private String email;

    private String roles;

    private boolean national;

    private String regionIds;

    private String districtIds;

    private String schoolIds;

    protected Person() {
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public Set<String> getRoles() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public Jurisdiction getJurisdiction() {
        return new Jurisdiction(national, ids(regionIds), ids(districtIds), ids(schoolIds));
    }

    public static String join(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    private static Set<Long> ids(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
