package kz.qorgau.platform.boundary;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Messages;

/**
 * Renders the 401 and 403 that the OIDC mechanism sends before JAX-RS is reached (web.xml error pages), so that
 * a client meets problem+json there too.
 */
@WebServlet("/problem/*")
public class ProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_UNAUTHORIZED;
        Locale locale = Collections.list(request.getLocales()).stream()
                .filter(l -> Messages.SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().orElse(Locale.ENGLISH);
        Problem problem = status == HttpServletResponse.SC_FORBIDDEN
                ? Problem.of(403, "forbidden", "problem.forbidden", Messages.text(locale, "problem.forbidden.detail"))
                : Problem.of(401, "unauthorized", "problem.unauthorized", Messages.text(locale, "problem.unauthorized.detail"));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.getWriter().write(problem.toJson(locale, uri == null ? null : uri.toString()));
    }
}
