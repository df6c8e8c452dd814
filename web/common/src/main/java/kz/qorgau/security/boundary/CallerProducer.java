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

import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * The caller of the current request, as the server's OIDC mechanism verified it: the principal it authenticated
 * carries the access token it checked (a bearer token on the API, the login's token on the pages). Nothing is read
 * from the request's headers here.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    HttpServletRequest request;

    private Caller caller;

    @Produces
    public Caller caller() {
        if (caller == null) {
            caller = request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                    && principal.getOidcSecurityContext() != null
                    && principal.getOidcSecurityContext().getToken() != null
                    ? TokenClaims.callerOf(claimsOf(principal.getOidcSecurityContext().getToken()))
                    : new Caller("anonymous", Set.of(), Jurisdiction.none());
        }
        return caller;
    }

    private static Map<String, Object> claimsOf(AccessToken token) {
        return token.getClaimNames().stream()
                .filter(name -> token.getClaimValue(name) != null)
                .collect(Collectors.toMap(Function.identity(), token::getClaimValue));
    }
}
