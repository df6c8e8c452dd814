package kz.qorgau.security.boundary;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/** The caller of the current request, from its bearer token. */
@RequestScoped
public class CallerProducer {

    private static final String BEARER = "Bearer ";

    @Inject
    HttpServletRequest request;

    private Caller caller;

    @Produces
    public Caller caller() {
        if (caller == null) {
            String header = request.getHeader("Authorization");
            caller = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? TokenClaims.callerOf(header.substring(BEARER.length()).strip())
                    : new Caller("anonymous", Set.of(), Jurisdiction.none());
        }
        return caller;
    }
}
