package kz.qorgau.security.boundary;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.http.oidc.OidcSecurityContext;

import kz.qorgau.platform.boundary.LanguageChoice;

/**
 * Ends the session here and at Keycloak, so that the next person at a shared school computer logs in anew. Keycloak
 * hears the pages' language ({@code ui_locales}) for whatever it shows while logging out; the login that follows
 * gets it from {@code LoginLanguage}.
 */
@WebServlet("/ui/logout")
public class Logout extends HttpServlet {

    private static final String PROVIDER = System.getenv().getOrDefault("OIDC_PROVIDER_URL",
            "http://127.0.0.1:8180/realms/qorgau");

    @Inject
    LanguageChoice language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String back = request.getRequestURL().toString().replace("/ui/logout", "/ui/inbox.xhtml");
        String uiLocales = "&ui_locales=" + language.getCode();
        // With the ID token Keycloak ends its session at once instead of asking to confirm.
        String hint = request.getAttribute(OidcSecurityContext.class.getName()) instanceof OidcSecurityContext login
                && login.getIDTokenString() != null ? "&id_token_hint=" + login.getIDTokenString() : "";
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        response.sendRedirect(PROVIDER + "/protocol/openid-connect/logout?client_id=qorgau-web&post_logout_redirect_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8) + uiLocales + hint);
    }
}
