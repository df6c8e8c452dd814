package kz.qorgau.thresholds.control;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new threshold version as the API takes it: why, and the values that change from the version in force, by their
 * names in {@link ThresholdValues}; a value left out keeps the one in force. The values stay JSON values until
 * {@link ThresholdValues#read} types them, so that a value of the wrong kind is named beside every other wrong
 * field at once instead of failing the whole body.
 */
public record ThresholdProposal(
        @NotBlank(message = "{thresholds.note.required}") @Size(max = 1000, message = "{thresholds.note.too-long}") String note,
        @NotNull(message = "{thresholds.values.required}") @JsonbTypeDeserializer(ValuesReader.class)
        Map<String, JsonValue> values) {

    /**
     * JSON-B's reading of the values, from the object's start: scalars as sent, an array or object in place of a
     * number skipped rather than built (it is no number, however deeply it nests).
     */
    public static final class ValuesReader implements JsonbDeserializer<Map<String, JsonValue>> {

        @Override
        public Map<String, JsonValue> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            // Called on the value's first event: only an object's run to its END_OBJECT is read. Anything else (a
            // null, a number, an array) gives null, which the record refuses as missing values.
            Map<String, JsonValue> values = new LinkedHashMap<>();
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    return values;
                }
                if (event != JsonParser.Event.KEY_NAME) {
                    return null;
                }
                String field = parser.getString();
                values.put(field, value(parser, parser.next()));
            }
            return null;
        }

        private static JsonValue value(JsonParser parser, JsonParser.Event event) {
            switch (event) {
                case VALUE_NUMBER:
                    return Json.createValue(parser.getBigDecimal());
                case VALUE_STRING:
                    return Json.createValue(parser.getString());
                case START_ARRAY:
                    parser.skipArray();
                    return JsonValue.EMPTY_JSON_ARRAY;
                case START_OBJECT:
                    parser.skipObject();
                    return JsonValue.EMPTY_JSON_OBJECT;
                case VALUE_TRUE:
                    return JsonValue.TRUE;
                case VALUE_FALSE:
                    return JsonValue.FALSE;
                default:
                    return JsonValue.NULL;
            }
        }
    }
}
