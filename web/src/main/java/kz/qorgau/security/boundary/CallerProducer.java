package kz.qorgau.security.boundary;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.OidcSecurityContext;

import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/** The caller of the current request: from its bearer token, or from the access token of the browser's login. */
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
            if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                caller = TokenClaims.callerOf(header.substring(BEARER.length()).strip());
            } else if (request.getAttribute(OidcSecurityContext.class.getName()) instanceof OidcSecurityContext login
                    && login.getTokenString() != null) {
                caller = TokenClaims.callerOf(login.getTokenString());
            } else {
                caller = new Caller("anonymous", Set.of(), Jurisdiction.none());
            }
        }
        return caller;
    }
}
