package kz.qorgau.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.Messages;
import kz.qorgau.platform.control.Unavailable;

/** An RFC 9457 problem document, with title and detail in the caller's language. */
public record Problem(int status, String type, String titleKey, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String type, String titleKey, String detail) {
        return new Problem(status, type, titleKey, detail, List.of());
    }

    public String toJson(Locale locale, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "https://qorgau.kz/problems/" + type)
                .add("title", Messages.text(locale, titleKey))
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            body.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return body.build().toString();
    }

    /** A 503 says when to try again (RFC 9110, Retry-After). */
    public Response toResponse(Locale locale, String instance) {
        Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON).entity(toJson(locale, instance));
        if (status == 503) {
            response.header(Unavailability.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
