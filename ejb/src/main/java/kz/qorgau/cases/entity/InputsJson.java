package kz.qorgau.cases.entity;

import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The snapshot of a reason's inputs as JSON text: plain values, maps and lists, nothing that needs a schema. */
final class InputsJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private InputsJson() {
    }

    static String write(Map<String, Object> inputs) {
        return JSON.toJson(inputs);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String json) {
        return json == null ? Map.of() : JSON.fromJson(json, Map.class);
    }
}
