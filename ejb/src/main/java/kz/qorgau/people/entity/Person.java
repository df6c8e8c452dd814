package kz.qorgau.people.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A person who signed in or called, with the name the identity provider gave them when last seen. */
@Entity
public class Person {

    @Id
    private String username;

    private String displayName;

    private Instant seenAt;

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
}
