package kz.qorgau.platform.boundary;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.NotReady;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.platform.UnsupportedFormat;

/**
 * Every failure of the API, mapped once to problem+json in the caller's language. Nothing of a stack trace
 * reaches the client; an unexpected failure is logged with a reference the client can quote.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Pattern FIELD = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Json property (\\S+) can not be mapped");
    /**
     * RESTEasy names the parameter it could not convert; Jakarta REST answers 404 for a query parameter, as if the
     * address did not exist, where the caller needs to know which value to correct.
     */
    private static final Pattern PARAMETER = Pattern.compile("jakarta\\.ws\\.rs\\.(?:Query|Header|Cookie|Form|Matrix)Param\\(\"([^\"]+)\"\\)");
    /**
     * PostgreSQL's refusals of a value as sent (too long, out of range, a NUL character): the request's fault, not
     * the server's, whichever path let the value through.
     */
    private static final Set<String> UNSTORABLE = Set.of("22001", "22003", "22008", "22021", "22P05");
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return respond(failure, headers, uri);
    }

    static Response respond(Throwable failure, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers, uri);
        return problemFor(unwrap(failure), locale).toResponse(locale, uri == null ? null : uri.getRequestUri().getPath());
    }

    /** What failed, inside the EJB containers' wrapping; a refusal, itself an EJBException, may arrive wrapped too. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && !(current instanceof EJBAccessException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Problem problemFor(Throwable failure, Locale locale) {
        if (failure instanceof EJBAccessException) {
            // The service's declared roles do not include the caller's.
            return Problem.of(403, "forbidden", "problem.forbidden", Messages.text(locale, "problem.forbidden.detail"));
        }
        if (failure instanceof QorgauException business) {
            return business(business, locale);
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return validation(invalid, locale);
        }
        if (failure instanceof OptimisticLockException) {
            return Problem.of(409, "concurrent-edit", "problem.conflict", Messages.text(locale, "problem.concurrent-edit"));
        }
        if (failure instanceof WebApplicationException web) {
            return web(web, locale);
        }
        if (hasCause(failure, JsonbException.class) || hasCause(failure, JsonException.class)) {
            return unreadableBody(failure, locale);
        }
        if (isUniqueViolation(failure)) {
            return Problem.of(409, "duplicate", "problem.conflict", Messages.text(locale, "problem.concurrent-edit"));
        }
        if (hasSqlState(failure, UNSTORABLE)) {
            return Problem.of(400, "value-not-storable", "problem.bad-request",
                    Messages.text(locale, "problem.value-not-storable"));
        }
        Optional<Problem> unavailable = Unavailability.problem(failure, locale);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return Problem.of(500, "internal", "problem.internal", Messages.text(locale, "problem.internal.detail", reference));
    }

    private static Problem business(QorgauException e, Locale locale) {
        String detail = Messages.text(locale, e.messageKey(), e.arguments());
        if (e instanceof InvalidFields fields) {
            var errors = fields.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), Messages.text(locale, p.messageKey(), p.arguments())))
                    .toList();
            return new Problem(400, "validation", "problem.validation",
                    detail + " " + errors.stream().map(Problem.FieldError::message).reduce((a, b) -> a + " " + b)
                            .orElse(""), errors);
        }
        if (e instanceof RecordNotFound) {
            return Problem.of(404, "not-found", "problem.not-found", detail);
        }
        if (e instanceof DuplicateRecord) {
            return Problem.of(409, "duplicate", "problem.conflict", detail);
        }
        if (e instanceof StaleRecord) {
            return Problem.of(409, "stale", "problem.conflict", detail);
        }
        if (e instanceof NotReady) {
            return Problem.of(409, "not-ready", "problem.conflict", detail);
        }
        if (e instanceof NotPermitted) {
            return Problem.of(403, "forbidden", "problem.forbidden", detail);
        }
        if (e instanceof FileTooLarge) {
            return Problem.of(413, "file-too-large", "import.title.too-large", detail);
        }
        if (e instanceof UnsupportedFormat) {
            return Problem.of(415, "unsupported-media-type", "problem.unsupported-media-type", detail);
        }
        String type = e instanceof InvalidInput ? e.messageKey().replace('.', '-') : "bad-request";
        return Problem.of(400, type, "problem.bad-request", detail);
    }

    private static Problem validation(ConstraintViolationException e, Locale locale) {
        var errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldError(field(v), message(v, locale)))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::message).distinct()
                .reduce((a, b) -> a + " " + b).orElse("");
        return new Problem(400, "validation", "problem.validation", detail, errors);
    }

    /** The last node of the path: {@code register.arg0.iin} becomes {@code iin}. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.startsWith("arg") ? "body" : last;
    }

    private static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && Messages.has(template.substring(1, template.length() - 1))) {
            return Messages.text(locale, template.substring(1, template.length() - 1));
        }
        return violation.getMessage();
    }

    private static Problem web(WebApplicationException e, Locale locale) {
        int status = e.getResponse().getStatus();
        if (hasCause(e, JsonbException.class) || hasCause(e, JsonException.class)) {
            return unreadableBody(e, locale);
        }
        String parameter = status == 400 || status == 404 ? named(e, PARAMETER) : null;
        if (parameter != null) {
            return Problem.of(400, "param-wrong-type", "problem.bad-request",
                    Messages.text(locale, "param.wrong-type", parameter));
        }
        return switch (status) {
            case 401 -> Problem.of(401, "unauthorized", "problem.unauthorized", Messages.text(locale, "problem.unauthorized.detail"));
            case 403 -> Problem.of(403, "forbidden", "problem.forbidden", Messages.text(locale, "problem.forbidden.detail"));
            case 404 -> Problem.of(404, "not-found", "problem.not-found", Messages.text(locale, "problem.path-not-found"));
            case 405 -> Problem.of(405, "method-not-allowed", "problem.method-not-allowed", Messages.text(locale, "problem.method-not-allowed.detail"));
            case 406 -> Problem.of(406, "not-acceptable", "problem.not-acceptable", Messages.text(locale, "problem.not-acceptable.detail"));
            case 415 -> Problem.of(415, "unsupported-media-type", "problem.unsupported-media-type", Messages.text(locale, "problem.unsupported-media-type.detail"));
            default -> status >= 500
                    ? Problem.of(status, "internal", "problem.internal", Messages.text(locale, "problem.internal.detail", "-"))
                    : Problem.of(status, "bad-request", "problem.bad-request", Messages.text(locale, "problem.body-unreadable"));
        };
    }

    private static Problem unreadableBody(Throwable e, Locale locale) {
        String unknown = named(e, UNKNOWN_FIELD);
        if (unknown != null) {
            return Problem.of(400, "unknown-field", "problem.bad-request",
                    Messages.text(locale, "problem.body-field-unknown", unknown));
        }
        String field = named(e, FIELD);
        String detail = field == null
                ? Messages.text(locale, "problem.body-unreadable")
                : Messages.text(locale, "problem.body-field-invalid", field);
        return Problem.of(400, "unreadable-body", "problem.bad-request", detail);
    }

    /** Yasson names the property it failed on in its messages; nothing else of them is shown. */
    private static String named(Throwable e, Pattern pattern) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                var matcher = pattern.matcher(message);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(Throwable e) {
        return hasSqlState(e, Set.of("23505"));
    }

    private static boolean hasSqlState(Throwable e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
