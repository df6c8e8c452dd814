package kz.qorgau.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The served OpenAPI document, read for what the fuzz test needs: every operation with its parameters and request
 * body, the schemas behind them, and whether a JSON value is valid for a schema (the subset of JSON Schema the
 * document uses: type, format, enum, required, minimum/maximum, exclusiveMinimum, minLength/maxLength, pattern,
 * minItems, uniqueItems). An object is invalid with a property its schema does not declare: the API is expected
 * to refuse unknown fields rather than ignore them.
 */
final class FuzzOpenApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");

    record Param(String name, String in, JsonObject schema, boolean required) {
    }

    record Operation(String method, String template, List<Param> params, String bodyMediaType, JsonObject bodySchema) {

        String label() {
            return method + " " + template;
        }

        /** The path below {@code /api/}, still with its {placeholders}. */
        String apiTemplate() {
            return template.startsWith("/api/") ? template.substring("/api/".length()) : template;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean jsonBody() {
            return bodyMediaType != null && bodyMediaType.startsWith("application/json");
        }

        /** A file sent as the raw body (the imports and evidence uploads declare its Content-Length). */
        boolean upload() {
            return !jsonBody() && (bodyMediaType != null || params.stream()
                    .anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("Content-Length")));
        }
    }

    private final JsonObject document;
    private final JsonObject schemas;

    FuzzOpenApi(JsonObject document) {
        this.document = document;
        JsonObject components = document.getJsonObject("components");
        this.schemas = components == null || !components.containsKey("schemas") ? JsonValue.EMPTY_JSON_OBJECT
                : components.getJsonObject("schemas");
    }

    /** Every GET, POST, PUT and DELETE of the document, in the document's order of paths. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((template, item) -> {
            JsonObject pathItem = item.asJsonObject();
            List<Param> shared = params(pathItem.getJsonArray("parameters"));
            pathItem.forEach((method, value) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                JsonObject operation = value.asJsonObject();
                Map<String, Param> byName = new LinkedHashMap<>();
                shared.forEach(p -> byName.put(p.in() + ":" + p.name(), p));
                params(operation.getJsonArray("parameters")).forEach(p -> byName.put(p.in() + ":" + p.name(), p));
                String mediaType = null;
                JsonObject bodySchema = null;
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null && body.containsKey("content")) {
                    JsonObject content = body.getJsonObject("content");
                    mediaType = content.containsKey("application/json") ? "application/json"
                            : content.keySet().stream().findFirst().orElse(null);
                    JsonObject media = mediaType == null ? null : content.getJsonObject(mediaType);
                    bodySchema = media == null || !media.containsKey("schema") ? null : media.getJsonObject("schema");
                }
                operations.add(new Operation(method.toUpperCase(), template,
                        byName.values().stream().sorted(Comparator.comparing(Param::name)).toList(), mediaType,
                        bodySchema));
            });
        });
        return operations;
    }

    private List<Param> params(JsonArray array) {
        List<Param> params = new ArrayList<>();
        if (array != null) {
            for (JsonValue value : array) {
                JsonObject param = resolve(value.asJsonObject());
                params.add(new Param(param.getString("name"), param.getString("in"),
                        param.containsKey("schema") ? resolve(param.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT,
                        param.getBoolean("required", false)));
            }
        }
        return params;
    }

    /** The schema itself, with a {@code $ref} followed and a lone {@code allOf} unwrapped. */
    JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        for (int hops = 0; hops < 20; hops++) {
            if (current.containsKey("$ref")) {
                String ref = current.getString("$ref");
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (!schemas.containsKey(name)) {
                    return JsonValue.EMPTY_JSON_OBJECT;
                }
                current = schemas.getJsonObject(name);
            } else if (current.containsKey("allOf") && current.getJsonArray("allOf").size() == 1
                    && !current.containsKey("properties")) {
                current = current.getJsonArray("allOf").getJsonObject(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /** The name of the component a schema refers to, for messages; the type otherwise. */
    static String nameOf(JsonObject schema) {
        if (schema == null) {
            return "-";
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        return schema.getString("type", "object");
    }

    /** What a (resolved) schema describes, for choosing malformed values. */
    enum Kind {
        ENUM, INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME, TIME, STRING, ARRAY, OBJECT, ANY
    }

    Kind kindOf(JsonObject schema) {
        JsonObject s = resolve(schema);
        if (s.containsKey("enum")) {
            return Kind.ENUM;
        }
        String type = s.getString("type", s.containsKey("properties") ? "object" : "");
        return switch (type) {
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> Kind.ARRAY;
            case "object" -> Kind.OBJECT;
            case "string" -> switch (s.getString("format", "")) {
                case "date" -> Kind.DATE;
                case "date-time" -> Kind.DATE_TIME;
                case "local-time", "partial-time", "time" -> Kind.TIME;
                default -> Kind.STRING;
            };
            default -> Kind.ANY;
        };
    }

    Set<String> required(JsonObject schema) {
        JsonObject s = resolve(schema);
        Set<String> required = new HashSet<>();
        if (s.containsKey("required")) {
            s.getJsonArray("required").getValuesAs(JsonString.class).forEach(r -> required.add(r.getString()));
        }
        return required;
    }

    /** Whether a value (null: the property is absent) satisfies the schema of a property that may be required. */
    boolean valid(JsonValue value, JsonObject schema, boolean required) {
        if (value == null) {
            return !required;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return !required;
        }
        JsonObject s = resolve(schema);
        if (s.containsKey("enum")) {
            return value instanceof JsonString text && s.getJsonArray("enum").contains(text);
        }
        return switch (kindOf(s)) {
            case INTEGER -> value instanceof JsonNumber number && integral(number.bigDecimalValue())
                    && inFormat(number.bigDecimalValue(), s.getString("format", "int64")) && inRange(number.bigDecimalValue(), s);
            case NUMBER -> value instanceof JsonNumber number && inRange(number.bigDecimalValue(), s);
            case BOOLEAN -> value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE;
            case DATE -> value instanceof JsonString text && isDate(text.getString()) && lengthAndPattern(text.getString(), s);
            case DATE_TIME -> value instanceof JsonString text && isDateTime(text.getString());
            case TIME -> value instanceof JsonString text && isTime(text.getString());
            case STRING -> value instanceof JsonString text && lengthAndPattern(text.getString(), s);
            case ARRAY -> value instanceof JsonArray array && validArray(array, s);
            case OBJECT -> value instanceof JsonObject object && validObject(object, s);
            case ENUM, ANY -> true;
        };
    }

    private boolean validArray(JsonArray array, JsonObject s) {
        if (array.size() < s.getInt("minItems", 0) || array.size() > s.getInt("maxItems", Integer.MAX_VALUE)) {
            return false;
        }
        if (s.getBoolean("uniqueItems", false) && new HashSet<>(array).size() != array.size()) {
            return false;
        }
        JsonObject items = s.containsKey("items") ? s.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT;
        return array.stream().allMatch(item -> valid(item, items, true));
    }

    private boolean validObject(JsonObject object, JsonObject s) {
        JsonObject properties = s.containsKey("properties") ? s.getJsonObject("properties") : null;
        for (String name : required(s)) {
            if (!object.containsKey(name) || object.isNull(name)) {
                return false;
            }
        }
        if (properties == null) {
            return true;
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            if (!properties.containsKey(field.getKey())) {
                return false;
            }
            if (!valid(field.getValue(), properties.getJsonObject(field.getKey()), required(s).contains(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean integral(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static boolean inFormat(BigDecimal number, String format) {
        BigInteger whole;
        try {
            whole = number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return false;
        }
        return switch (format) {
            case "int32" -> whole.bitLength() < 32;
            default -> whole.bitLength() < 64;
        };
    }

    private static boolean inRange(BigDecimal number, JsonObject s) {
        if (s.get("minimum") instanceof JsonNumber min && number.compareTo(min.bigDecimalValue()) < 0) {
            return false;
        }
        if (s.get("maximum") instanceof JsonNumber max && number.compareTo(max.bigDecimalValue()) > 0) {
            return false;
        }
        if (s.get("exclusiveMinimum") instanceof JsonNumber min && number.compareTo(min.bigDecimalValue()) <= 0) {
            return false;
        }
        return !(s.get("exclusiveMaximum") instanceof JsonNumber max && number.compareTo(max.bigDecimalValue()) >= 0);
    }

    private static boolean lengthAndPattern(String text, JsonObject s) {
        int length = text.codePointCount(0, text.length());
        if (length < s.getInt("minLength", 0) || length > s.getInt("maxLength", Integer.MAX_VALUE)) {
            return false;
        }
        if (!s.containsKey("pattern")) {
            return true;
        }
        String pattern = s.getString("pattern");
        // "\S" is how the document renders @NotBlank: some non-blank character somewhere; any other pattern is a
        // Bean Validation @Pattern, which must match the whole value.
        return pattern.equals("\\S") ? Pattern.compile(pattern).matcher(text).find()
                : Pattern.compile(pattern).matcher(text).matches();
    }

    /** A full-date of RFC 3339: four digits of year, a real day. */
    static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isDateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text.toUpperCase());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isTime(String text) {
        if (!LOCAL_TIME.matcher(text).matches()) {
            return false;
        }
        try {
            LocalTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether a (decoded) query or path value is valid for a parameter's schema; dates named so count as dates. */
    boolean validParameter(String raw, Param param, boolean dateByName) {
        JsonObject s = resolve(param.schema());
        if (raw.isEmpty()) {
            return true;
        }
        return switch (kindOf(s)) {
            case INTEGER -> WHOLE.matcher(raw).matches() && inFormat(new BigDecimal(raw), s.getString("format", "int64"))
                    && inRange(new BigDecimal(raw), s);
            case BOOLEAN -> raw.equals("true") || raw.equals("false");
            case ENUM -> s.getJsonArray("enum").contains(jakarta.json.Json.createValue(raw));
            case DATE -> isDate(raw);
            default -> !dateByName || isDate(raw);
        };
    }
}
