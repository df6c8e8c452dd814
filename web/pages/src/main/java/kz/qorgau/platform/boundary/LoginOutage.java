package kz.qorgau.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;

import kz.qorgau.platform.control.Dependency;
import kz.qorgau.platform.control.Outages;

/**
 * While the identity provider does not answer, a person who has to log in is sent to the pages' own
 * {@code /unavailable} page (503, in their language, with when to try again) instead of to a login page their browser
 * cannot reach and would answer with its own error page. Like {@link LoginLanguage}, it sits outside the security
 * handlers (filters run after the login) and changes the login mechanism's redirect as it leaves. Each diverted login
 * is counted in the identity provider's outage ({@link Outages}), which is logged once when it starts and once when it
 * ends. People already logged in are not affected: their session needs no call to the identity provider.
 */
public class LoginOutage implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(LoginOutage::divert);
            next.handleRequest(exchange);
        });
    }

    private static void divert(HttpServerExchange exchange) {
        if (exchange.getStatusCode() / 100 != 3 || !toLogin(exchange.getResponseHeaders().getFirst(Headers.LOCATION))) {
            return;
        }
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        if (servlet != null && !CDI.current().select(Outages.class).get().loginPossible()) {
            String contextPath = ((HttpServletRequest) servlet.getServletRequest()).getContextPath();
            exchange.getResponseHeaders().put(Headers.LOCATION, contextPath + PageFailures.UNAVAILABLE + "?type="
                    + Dependency.IDENTITY_PROVIDER.code());
        }
    }

    static boolean toLogin(String location) {
        if (location == null) {
            return false;
        }
        int query = location.indexOf('?');
        return (query < 0 ? location : location.substring(0, query)).endsWith(LoginLanguage.AUTHORIZATION_ENDPOINT);
    }
}
