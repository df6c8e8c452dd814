package kz.qorgau.security.boundary;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import kz.qorgau.people.boundary.SeenPeople;
import kz.qorgau.people.control.SeenPerson;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * The caller of the current request, as the server's OIDC mechanism verified it: the principal it authenticated
 * carries the access token it checked (a bearer token on the API, the login's token on the pages). Nothing is read
 * from the request's headers here. What the token states of the person is kept in the people directory: the name for the pages to name them by, the
 * e-mail address, roles and jurisdiction for notifications.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    HttpServletRequest request;

    @Inject
    SeenPeople people;

    private Caller caller;

    @Produces
    public Caller caller() {
        if (caller == null) {
            if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                    && principal.getOidcSecurityContext() != null
                    && principal.getOidcSecurityContext().getToken() != null) {
                Map<String, Object> claims = claimsOf(principal.getOidcSecurityContext().getToken());
                caller = TokenClaims.callerOf(claims);
                people.seen(new SeenPerson(caller.username(),
                        TokenClaims.displayNameOf(claims).orElse(caller.username()), TokenClaims.emailOf(claims),
                        caller.roles(), caller.jurisdiction()));
            } else {
                caller = new Caller("anonymous", Set.of(), Jurisdiction.none());
            }
        }
        return caller;
    }

    private static Map<String, Object> claimsOf(AccessToken token) {
        return token.getClaimNames().stream()
                .filter(name -> token.getClaimValue(name) != null)
                .collect(Collectors.toMap(Function.identity(), token::getClaimValue));
    }
}
