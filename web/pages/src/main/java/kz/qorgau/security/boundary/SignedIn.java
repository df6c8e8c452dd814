package kz.qorgau.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.people.boundary.Names;
import kz.qorgau.security.Caller;

/** The person using the pages, for the pages: who they are and what their roles let them see. */
@Named("me")
@RequestScoped
public class SignedIn {

    @Inject
    Caller caller;

    @Inject
    Names names;

    /** Their name as the identity provider gives it, their login where it gives none. */
    public String getName() {
        return names.of(caller.username());
    }

    public boolean is(String role) {
        return caller.hasRole(role);
    }
}
