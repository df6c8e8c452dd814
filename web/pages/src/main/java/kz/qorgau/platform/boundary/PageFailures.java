package kz.qorgau.platform.boundary;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Messages;
import kz.qorgau.platform.control.Dependency;
import kz.qorgau.platform.control.Unavailable;

/**
 * What a person sees when a page fails: a short page in their language, with a reference that support finds in the
 * server's log, never a stack trace. A view that no longer exists (the session ended, or its state was forged) is
 * said as such, and so is a service that refused the person's role while the page was read, and an outage of the
 * database (503 with Retry-After, counted and logged once per outage by {@code Outages}). Faces requests,
 * full-page and AJAX alike, are sent to these pages by {@link Handler}; anything else reaches them as the web
 * module's error page.
 */
@WebServlet({PageFailures.FAILURE, PageFailures.EXPIRED, PageFailures.REFUSED, PageFailures.UNAVAILABLE})
public class PageFailures extends HttpServlet {

    static final String FAILURE = "/failure";
    /** A dependency is away or too slow: said as such, with when to try again, and not logged per request. */
    static final String UNAVAILABLE = "/unavailable";
    static final String EXPIRED = "/expired";
    static final String REFUSED = "/refused";

    private static final Logger LOG = Logger.getLogger(PageFailures.class.getName());
    private static final Pattern REFERENCE = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    LanguageChoice language;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status;
        String title;
        String text;
        if (request.getServletPath().equals(EXPIRED)) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            title = language.text("expired.title");
            text = language.text("expired.text");
        } else if (request.getServletPath().equals(REFUSED) || FormSubmission.refusedByContainer(failure)) {
            status = HttpServletResponse.SC_FORBIDDEN;
            title = Messages.text(language.getLocale(), "problem.forbidden");
            text = Messages.text(language.getLocale(), "problem.forbidden.detail");
        } else if (request.getServletPath().equals(UNAVAILABLE)
                || Unavailability.problem(failure, language.getLocale()).isPresent()) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader(Unavailability.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
            title = Messages.text(language.getLocale(), "problem.unavailable");
            text = Messages.text(language.getLocale(), unavailableKey(request.getParameter("type"), failure),
                    Unavailable.RETRY_AFTER_SECONDS);
        } else {
            String reference = request.getParameter("reference");
            if (reference == null || !REFERENCE.matcher(reference).matches()) {
                reference = logged(failure);
            }
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            title = language.text("failure.title");
            text = MessageFormat.format(language.text("failure.text"), reference);
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"/><title>%s – Qorgau</title>
                <link rel="stylesheet" href="%s/resources/qorgau.css"/></head>
                <body><main id="content" class="failure"><h1>%s</h1><p>%s</p>
                <p><a href="%s/ui/inbox.xhtml">%s</a></p></main></body></html>
                """.formatted(language.getCode(), escaped(title), request.getContextPath(), escaped(title),
                escaped(text), request.getContextPath(), escaped(language.text("failure.back"))));
    }

    /** The message of the outage: named by the redirect of {@link Handler}, or found in the failure itself. */
    private static String unavailableKey(String type, Throwable failure) {
        String code = type != null ? type
                : Unavailable.dependency(failure).map(Dependency::code).orElse("timeout");
        return switch (code) {
            case "identity-provider" -> "problem.unavailable.identity-provider";
            case "database" -> "problem.unavailable.database";
            default -> "problem.unavailable.timeout";
        };
    }

    static String logged(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Page failure, reference " + reference, failure);
        return reference;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Sends a failed Faces request to the pages above, as a redirect that AJAX requests follow too. */
    public static class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            Throwable failure = null;
            while (events.hasNext()) {
                Throwable next = events.next().getContext().getException();
                failure = failure == null ? next : failure;
                events.remove();
            }
            if (failure != null) {
                FacesContext faces = FacesContext.getCurrentInstance();
                Optional<Problem> unavailable = expired(failure) || FormSubmission.refusedByContainer(failure)
                        ? Optional.empty()
                        : Unavailability.problem(failure, faces.getExternalContext().getRequestLocale());
                String target = expired(failure) ? EXPIRED
                        : FormSubmission.refusedByContainer(failure) ? REFUSED
                        : unavailable.isPresent() ? UNAVAILABLE + "?type=" + unavailable.get().type()
                                .replace("unavailable-", "")
                        : FAILURE + "?reference=" + logged(failure);
                if (!faces.getExternalContext().isResponseCommitted()) {
                    try {
                        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                }
                faces.responseComplete();
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Registered in faces-config.xml. */
    public static class HandlerFactory extends ExceptionHandlerFactory {

        public HandlerFactory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new Handler(getWrapped().getExceptionHandler());
        }
    }
}
