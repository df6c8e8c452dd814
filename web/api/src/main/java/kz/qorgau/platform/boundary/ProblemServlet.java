package kz.qorgau.platform.boundary;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Messages;
import kz.qorgau.platform.control.Unavailable;

/**
 * Renders the errors that happen before JAX-RS is reached (web.xml error pages): the 401 and 403 of the OIDC
 * mechanism, and any failure of the container, so that a client meets problem+json there too. A 401 caused by
 * an Authorization header that is not one well-formed bearer token is said as the 400 it is.
 */
@WebServlet("/problem/*")
public class ProblemServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProblemServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_UNAUTHORIZED;
        Optional<String> badHeader = AuthorizationHeaders.refusal(request, false);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && badHeader.isPresent()) {
            AuthorizationHeaders.refuse(request, response, badHeader.get());
            return;
        }
        Locale locale = Languages.preferred(request.getLocales());
        Problem problem = switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> Problem.of(403, "forbidden", "problem.forbidden",
                    Messages.text(locale, "problem.forbidden.detail"));
            case HttpServletResponse.SC_UNAUTHORIZED -> Problem.of(401, "unauthorized", "problem.unauthorized",
                    Messages.text(locale, "problem.unauthorized.detail"));
            default -> failure(request, locale);
        };
        response.setStatus(problem.status());
        if (problem.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader(Unavailability.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.getWriter().write(problem.toJson(locale, uri == null ? null : uri.toString()));
    }

    private static Problem failure(HttpServletRequest request, Locale locale) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Optional<Problem> unavailable = Unavailability.problem(failure, locale);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Failure before the API was reached, reference " + reference, failure);
        return Problem.of(500, "internal", "problem.internal", Messages.text(locale, "problem.internal.detail", reference));
    }
}
