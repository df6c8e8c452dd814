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
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * The caller of the current request, as the server's OIDC mechanism verified it: the principal it authenticated
 * carries the access token it checked (a bearer token on the API, the login's token on the pages). Nothing is read
 * from the request's headers here. The name the token states is kept for the pages to name the person by.
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
                TokenClaims.displayNameOf(claims).ifPresent(name -> people.seen(caller.username(), name));
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
