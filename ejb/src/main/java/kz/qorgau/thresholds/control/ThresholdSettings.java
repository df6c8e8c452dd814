package kz.qorgau.thresholds.control;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidFields.FieldProblem;

/**
 * The thresholds as JSON, and the checks a proposed version passes before it is stored: every field known, of its
 * type and within its range, and the bands of EW-09 in rising order. The fields are the properties of
 * {@link Thresholds}; their range follows from what they are (a window in days, a count, a weight...).
 */
public final class ThresholdSettings {

    private static final Map<String, PropertyDescriptor> PROPERTIES = properties();

    /** What a field is, by its name, and the range that makes sense for it. */
    enum Kind {
        WINDOW(1, 3650), COUNT(1, 1000), WEIGHT(0, 100), HALF_LIFE(1, 3650), BAND(0.01, 1000), REOPEN(1, 365);

        final double min;
        final double max;

        Kind(double min, double max) {
            this.min = min;
            this.max = max;
        }

        static Kind of(String field) {
            if (field.equals("reopenWithinDays")) {
                return REOPEN;
            }
            if (field.equals("ew09HalfLifeDays")) {
                return HALF_LIFE;
            }
            if (field.endsWith("WindowDays") || field.endsWith("ReportDays")) {
                return WINDOW;
            }
            if (field.startsWith("ew09Weight")) {
                return WEIGHT;
            }
            return field.endsWith("Band") ? BAND : COUNT;
        }
    }

    private ThresholdSettings() {
    }

    /** The thresholds a stored version holds: the catalogue, overridden by the fields it names. */
    public static Thresholds read(String json) {
        Thresholds thresholds = Thresholds.catalogue();
        JsonObject stored = Json.createReader(new StringReader(json)).readObject();
        stored.forEach((field, value) -> set(thresholds, field, ((JsonNumber) value).numberValue()));
        return thresholds;
    }

    /** Every field, in the order of their names. */
    public static Map<String, Object> values(Thresholds thresholds) {
        Map<String, Object> values = new TreeMap<>();
        PROPERTIES.forEach((field, property) -> values.put(field, get(thresholds, property)));
        return values;
    }

    public static String write(Thresholds thresholds) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values(thresholds).forEach((field, value) -> {
            if (value instanceof Integer i) {
                json.add(field, i);
            } else {
                json.add(field, (Double) value);
            }
        });
        return json.build().toString();
    }

    /**
     * The base thresholds with the proposed changes applied.
     *
     * @throws InvalidFields naming every field that is unknown, not a number, a fraction where a whole number is
     *                       due, out of range, or a band not above the band below it
     */
    public static Thresholds apply(Thresholds base, JsonObject changes) {
        Thresholds proposed = read(write(base));
        List<FieldProblem> problems = new ArrayList<>();
        changes.forEach((field, value) -> {
            PropertyDescriptor property = PROPERTIES.get(field);
            if (property == null) {
                problems.add(new FieldProblem(field, "thresholds.field.unknown", field));
            } else if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                problems.add(new FieldProblem(field, "thresholds.field.not-a-number", field));
            } else {
                JsonNumber number = (JsonNumber) value;
                Kind kind = Kind.of(field);
                if (property.getPropertyType() == int.class && !number.isIntegral()) {
                    problems.add(new FieldProblem(field, "thresholds.field.whole", field));
                } else if (number.doubleValue() < kind.min || number.doubleValue() > kind.max) {
                    problems.add(new FieldProblem(field, "thresholds.field.range", field, format(kind.min),
                            format(kind.max)));
                } else {
                    set(proposed, field, number.numberValue());
                }
            }
        });
        if (problems.isEmpty() && !(proposed.getEw09LowBand() < proposed.getEw09MediumBand()
                && proposed.getEw09MediumBand() < proposed.getEw09HighBand())) {
            problems.add(new FieldProblem("ew09MediumBand", "thresholds.bands.order",
                    format(proposed.getEw09LowBand()), format(proposed.getEw09MediumBand()),
                    format(proposed.getEw09HighBand())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields("thresholds.invalid", problems);
        }
        return proposed;
    }

    /** The names of the fields, for the messages that list them. */
    public static Set<String> fields() {
        return PROPERTIES.keySet();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void set(Thresholds thresholds, String field, Number value) {
        PropertyDescriptor property = PROPERTIES.get(field);
        try {
            Object converted = property.getPropertyType() == int.class ? (Object) value.intValue() : value.doubleValue();
            property.getWriteMethod().invoke(thresholds, converted);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("threshold " + field + " cannot be set", e);
        }
    }

    private static Object get(Thresholds thresholds, PropertyDescriptor property) {
        try {
            return property.getReadMethod().invoke(thresholds);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("threshold " + property.getName() + " cannot be read", e);
        }
    }

    private static Map<String, PropertyDescriptor> properties() {
        try {
            Map<String, PropertyDescriptor> byName = new LinkedHashMap<>();
            Arrays.stream(Introspector.getBeanInfo(Thresholds.class, Object.class).getPropertyDescriptors())
                    .filter(p -> p.getReadMethod() != null && p.getWriteMethod() != null)
                    .forEach(p -> byName.put(p.getName(), p));
            return byName;
        } catch (IntrospectionException e) {
            throw new IllegalStateException("the thresholds cannot be introspected", e);
        }
    }
}
