package kz.qorgau.platform.boundary;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Messages;

/**
 * The language of the pages: {@code ?lang=kk|ru|en} on any page chooses it and a cookie remembers it for a year;
 * without a choice, the browser's preferred language among the three, else English.
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

    static final String COOKIE = "qorgau-lang";
    static final String LABELS = "kz.qorgau.ui.Labels";

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return chosen(request).orElseGet(() -> Languages.preferred(request.getLocales()));
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** The address of this page in another language: its query kept, so that a student's file stays open. */
    public String link(String code) {
        String query = withoutChoice(request.getQueryString());
        return "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + code;
    }

    static String withoutChoice(String query) {
        return query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
    }

    /** A word of the pages' own bundle, for beans that speak to the person. */
    public String text(String key) {
        return ResourceBundle.getBundle(LABELS, getLocale()).getString(key);
    }

    static Optional<Locale> chosen(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    asked = cookie.getValue();
                }
            }
        }
        String code = asked;
        return code == null ? Optional.empty()
                : Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    /** Remembers a choice made with {@code ?lang=} and sends the browser back to the page without it. */
    @WebFilter("/ui/*")
    public static class Remember extends HttpFilter {

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String asked = request.getParameter("lang");
            Optional<Locale> locale = asked == null ? Optional.empty() : chosen(request);
            if (locale.isPresent() && "GET".equals(request.getMethod())) {
                Cookie cookie = new Cookie(COOKIE, locale.get().getLanguage());
                cookie.setPath("/");
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setHttpOnly(true);
                response.addCookie(cookie);
                String query = withoutChoice(request.getQueryString());
                response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
