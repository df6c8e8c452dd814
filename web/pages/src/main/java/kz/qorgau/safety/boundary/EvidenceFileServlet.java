package kz.qorgau.safety.boundary;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Messages;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.safety.control.EvidenceContent;
import kz.qorgau.safety.control.Prescriptions;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * A prescription's evidence file, downloaded with the browser's login ({@code ?prescription=ID&id=EVIDENCE}); the
 * API's address for it takes bearer tokens only.
 */
@WebServlet("/ui/evidence")
public class EvidenceFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Prescriptions prescriptions;

    /** Request-scoped: a servlet lives as long as the application, its callers one request each. */
    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            EvidenceContent file = prescriptions.evidence(id(request, "prescription"), id(request, "id"),
                    callers.caller());
            response.setContentType(file.mediaType());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(file.content());
        } catch (QorgauException e) {
            response.sendError(e instanceof NotPermitted ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND,
                    Messages.text(language.getLocale(), e.messageKey(), e.arguments()));
        }
    }

    private static long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value != null && value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
    }
}
