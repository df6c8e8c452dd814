package kz.qorgau.platform.boundary;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidFields.FieldProblem;
import kz.qorgau.platform.PrintableText;

/**
 * Checks a JSON document against the Java type it will be bound to, before JSON-B binds it, and refuses what JSON-B
 * would quietly coerce: 1001.5 or 2^64 + 1 for a whole number, "yes" or 1 for a boolean, a number for text, text
 * with control characters, a field the type does not have. Every problem is named by its path in the document
 * ({@code measures[0].dueDate}), all of them at once.
 */
final class JsonShape {

    private static final Set<Class<?>> WHOLE = Set.of(long.class, Long.class, int.class, Integer.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMAL = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonShape() {
    }

    /** @throws InvalidFields naming every field whose value does not fit its declared type */
    static void check(JsonValue document, Type type) {
        JsonShape shape = new JsonShape();
        shape.value(document, type, "body");
        if (!shape.problems.isEmpty()) {
            throw new InvalidFields("problem.body-fields", shape.problems);
        }
    }

    private void value(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                wrong(path);
            }
        } else if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return;
        } else if (raw == String.class) {
            text(value, path);
        } else if (WHOLE.contains(raw)) {
            wholeNumber(value, raw, path);
        } else if (DECIMAL.contains(raw)) {
            expect(value, JsonValue.ValueType.NUMBER, path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                wrong(path);
            }
        } else if (raw.isEnum() || Temporal.class.isAssignableFrom(raw) || raw == java.util.UUID.class) {
            expect(value, JsonValue.ValueType.STRING, path);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            array(value, raw.isArray() ? raw.getComponentType() : argument(type, 0), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.OBJECT, path)) {
                value.asJsonObject().forEach((key, v) -> value(v, argument(type, 1), path + "." + key));
            }
        } else if (expect(value, JsonValue.ValueType.OBJECT, path)) {
            object(value.asJsonObject(), raw, path);
        }
    }

    private void object(JsonObject object, Class<?> raw, String path) {
        Map<String, Type> fields = fieldsOf(raw);
        object.forEach((name, v) -> {
            String at = path.equals("body") ? name : path + "." + name;
            Type declared = fields.get(name);
            if (declared == null) {
                problems.add(new FieldProblem(at, "problem.body-field-unknown", at));
            } else {
                value(v, declared, at);
            }
        });
    }

    private void array(JsonValue value, Type element, String path) {
        if (expect(value, JsonValue.ValueType.ARRAY, path)) {
            JsonArray items = value.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                value(items.get(i), element, path + "[" + i + "]");
            }
        }
    }

    private void text(JsonValue value, String path) {
        if (expect(value, JsonValue.ValueType.STRING, path)
                && !PrintableText.isPrintable(((JsonString) value).getString())) {
            problems.add(new FieldProblem(path, "problem.body-field-control-character", path));
        }
    }

    private void wholeNumber(JsonValue value, Class<?> raw, String path) {
        if (!expect(value, JsonValue.ValueType.NUMBER, path)) {
            return;
        }
        JsonNumber number = (JsonNumber) value;
        try {
            if (!number.isIntegral()) {
                wrong(path);
            } else if (raw == long.class || raw == Long.class) {
                number.bigDecimalValue().longValueExact();
            } else if (raw == int.class || raw == Integer.class) {
                number.bigDecimalValue().intValueExact();
            } else if (raw == short.class || raw == Short.class) {
                number.bigDecimalValue().shortValueExact();
            } else if (raw == byte.class || raw == Byte.class) {
                number.bigDecimalValue().byteValueExact();
            }
        } catch (ArithmeticException e) {
            wrong(path);
        }
    }

    private boolean expect(JsonValue value, JsonValue.ValueType type, String path) {
        if (value.getValueType() != type) {
            wrong(path);
            return false;
        }
        return true;
    }

    private void wrong(String path) {
        problems.add(new FieldProblem(path, "problem.body-field-invalid", path));
    }

    /** The properties JSON-B binds: a record's components, else the instance fields of the class and its parents. */
    private static Map<String, Type> fieldsOf(Class<?> type) {
        Map<String, Type> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
            return fields;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    fields.putIfAbsent(field.getName(), field.getGenericType());
                }
            }
        }
        return fields;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
