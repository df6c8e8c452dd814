package kz.qorgau.people.control;

import java.util.Optional;
import java.util.Set;

import kz.qorgau.people.entity.Person;
import kz.qorgau.security.Jurisdiction;

/** A person as the directory last saw them: where mail reaches them, and what they may see. */
public record Contact(String username, Optional<String> email, Set<String> roles, Jurisdiction jurisdiction) {

    static Contact of(Person p) {
        return new Contact(p.getUsername(), p.getEmail(), p.getRoles(), p.getJurisdiction());
    }
}
