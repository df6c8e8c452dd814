package kz.qorgau.people.boundary;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.people.control.People;
import kz.qorgau.platform.boundary.LanguageChoice;

/**
 * People as the pages name them: by the name the identity provider gave them when they last signed in, by their
 * login when they never did. The timeline's own steps are the system's, in the reader's language.
 */
@Named("people")
@RequestScoped
public class Names {

    @EJB
    People people;

    @Inject
    LanguageChoice language;

    private final Map<String, String> known = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isEmpty()) {
            return "";
        }
        return known.computeIfAbsent(username, this::lookUp);
    }

    /** Someone signed in without any role of the system reads logins, as the service tells them no names. */
    private String lookUp(String username) {
        try {
            return people.namesOf(Set.of(username)).getOrDefault(username, username);
        } catch (EJBAccessException refused) {
            return username;
        }
    }

    /** Who took a step on a case: a person, or the system itself. */
    public String actor(String actor) {
        return People.SYSTEM.equals(actor) ? language.text("casework.actor.system") : of(actor);
    }
}
