package kz.qorgau.platform.boundary;

import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

import kz.qorgau.platform.Messages;

/**
 * Keycloak's login page in the language of the pages. Whenever the login mechanism sends the browser to Keycloak's
 * authorization endpoint, the address gets {@code ui_locales} (OpenID Connect Core 3.1.2.1, which Keycloak honours
 * before its own cookie and the browser's Accept-Language): the language asked for with {@code ?lang=} on the page
 * the person wanted, else the one remembered in the cookie {@code qorgau-lang}, else the browser's preferred one
 * among Kazakh, Russian and English, else English, as {@link LanguageChoice} decides for the pages. A language asked
 * for with {@code ?lang=} is also remembered in the cookie on the way, since the login returns to the page without
 * its query.
 * <p>
 * elytron-oidc-client forwards a {@code ui_locales} only when it is in the query of the page asked for, and the
 * language lives in a cookie; a servlet filter cannot add it, because filters run after the login. So this sits
 * outside the security handlers of the deployment (an Undertow extension, registered in
 * {@code META-INF/services}) and completes the redirect as it leaves, for any page: a bookmark, a link after the
 * session timed out, or the return from Keycloak's log-out.
 */
public class LoginLanguage implements ServletExtension {

    static final String AUTHORIZATION_ENDPOINT = "/protocol/openid-connect/auth";
    private static final Pattern HAS_UI_LOCALES = Pattern.compile("[?&]ui_locales=");
    private static final int REMEMBERED_SECONDS = 365 * 24 * 3600;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(LoginLanguage::completeRedirect);
            next.handleRequest(exchange);
        });
    }

    private static void completeRedirect(HttpServerExchange exchange) {
        if (exchange.getStatusCode() / 100 != 3) {
            return;
        }
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        String localized = withLanguage(location, () -> language(exchange));
        if (localized != null && !localized.equals(location)) {
            exchange.getResponseHeaders().put(Headers.LOCATION, localized);
            // The login brings the browser back to the page without its query: a ?lang= would be lost, so it is
            // remembered now, as LanguageChoice.Remember does for a person who is logged in.
            if (Methods.GET.equals(exchange.getRequestMethod())) {
                asked(exchange).ifPresent(choice -> exchange.getResponseHeaders().add(Headers.SET_COOKIE,
                        rememberCookie(choice.getLanguage())));
            }
        }
    }

    static String rememberCookie(String code) {
        return LanguageChoice.COOKIE + "=" + code + "; Path=/; Max-Age=" + REMEMBERED_SECONDS
                + "; HttpOnly; SameSite=Lax";
    }

    /** The redirect with {@code ui_locales} added if it goes to an authorization endpoint and has none yet. */
    static String withLanguage(String location, Supplier<String> language) {
        if (location == null) {
            return null;
        }
        int query = location.indexOf('?');
        String path = query < 0 ? location : location.substring(0, query);
        if (!path.endsWith(AUTHORIZATION_ENDPOINT) || HAS_UI_LOCALES.matcher(location).find()) {
            return location;
        }
        return location + (query < 0 ? "?" : "&") + "ui_locales=" + language.get();
    }

    /** As {@link LanguageChoice}: {@code ?lang=}, the cookie, the browser, English; read from the query only. */
    static String language(HttpServerExchange exchange) {
        Cookie remembered = exchange.getRequestCookie(LanguageChoice.COOKIE);
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        return asked(exchange)
                .or(() -> supported(remembered == null ? null : remembered.getValue()))
                .orElseGet(() -> servlet == null ? Locale.ENGLISH
                        : Languages.preferred(servlet.getServletRequest().getLocales()))
                .getLanguage();
    }

    private static Optional<Locale> asked(HttpServerExchange exchange) {
        Deque<String> asked = exchange.getQueryParameters().get("lang");
        return supported(asked == null ? null : asked.peekFirst());
    }

    static Optional<Locale> supported(String code) {
        return code == null ? Optional.empty()
                : Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }
}
