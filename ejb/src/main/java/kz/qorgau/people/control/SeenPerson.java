package kz.qorgau.people.control;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kz.qorgau.security.Jurisdiction;

/** What a verified token states of its person, as the people directory keeps it. */
public record SeenPerson(String username, String displayName, Optional<String> email, Set<String> roles,
                         Jurisdiction jurisdiction) {

    public SeenPerson {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
}
