package kz.qorgau.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

/**
 * JSON request bodies read as they were written, never coerced (see {@link JsonShape}), no deeper than any request
 * of the API needs and no larger than a megabyte; and one JSON-B instance for the whole API, which refuses unknown
 * fields too and builds its model of each class once, not per request.
 */
@Provider
public class StrictJson implements ReaderInterceptor, ContextResolver<Jsonb> {

    static final int MAX_DEPTH = 32;
    static final int MAX_BYTES = 1024 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                || InputStream.class.isAssignableFrom(context.getType()) || context.getType() == String.class
                || context.getType() == byte[].class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new FileTooLarge("problem.body-too-large", MAX_BYTES / (1024 * 1024));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            JsonShape.check(read(text), context.getGenericType());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Parsed only once its nesting is known to be shallow, so that no document can exhaust the stack. */
    static JsonValue read(String text) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new InvalidInput("problem.body-too-deep", MAX_DEPTH);
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                    }
                }
            }
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
