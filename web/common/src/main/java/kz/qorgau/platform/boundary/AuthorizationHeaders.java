package kz.qorgau.platform.boundary;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Messages;

/**
 * Refuses, with 400, a request whose Authorization headers could mean two things: more than one header, or one
 * that is not exactly {@code Bearer <JWT>}. The OIDC mechanism verifies the one bearer token it picks; a second
 * header must never reach anything that might read it. With {@code bearer=refused} (the pages, which log in
 * through the browser) any Authorization header is refused.
 */
public class AuthorizationHeaders extends HttpFilter {

    private static final String BEARER = "bearer ";

    private boolean bearerRefused;

    @Override
    public void init() {
        bearerRefused = "refused".equals(getInitParameter("bearer"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> refusal = refusal(request, bearerRefused);
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** @return the message key of the refusal, if the request's Authorization headers are not acceptable */
    public static Optional<String> refusal(HttpServletRequest request, boolean bearerRefused) {
        List<String> values = Collections.list(request.getHeaders("Authorization"));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (bearerRefused) {
            return Optional.of("problem.authorization-header.pages");
        }
        return values.size() > 1 || !isBearerJwt(values.get(0))
                ? Optional.of("problem.authorization-header") : Optional.empty();
    }

    /**
     * Whether the value is {@code (?i:Bearer) [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*}, checked by hand: every
     * API request passes here, and the regular expression over a token of a kilobyte and more cost a tenth of the
     * CPU of a simple read.
     */
    static boolean isBearerJwt(String value) {
        if (value.length() < BEARER.length()) {
            return false;
        }
        for (int i = 0; i < BEARER.length(); i++) {
            char c = value.charAt(i);
            char expected = BEARER.charAt(i);
            if (c != expected && !(expected != ' ' && c == Character.toUpperCase(expected))) {
                return false;
            }
        }
        int dots = 0;
        int segmentLength = 0;
        for (int i = BEARER.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (segmentLength == 0 || ++dots > 2) {
                    return false;
                }
                segmentLength = 0;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                segmentLength++;
            } else {
                return false;
            }
        }
        return dots == 2;
    }

    public static void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        var locale = Languages.preferred(request.getLocales());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.of(400, "authorization-header", "problem.bad-request",
                Messages.text(locale, messageKey)).toJson(locale, request.getRequestURI()));
    }
}
