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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidFields.FieldProblem;

/**
 * The thresholds as JSON, and the checks a proposed version passes before it is stored: every field known, a number,
 * whole where due and within the range {@link ThresholdValues} declares for it, and the bands of EW-09 in rising
 * order. The fields are the properties of {@link Thresholds}.
 */
public final class ThresholdSettings {

    private static final Map<String, PropertyDescriptor> PROPERTIES = properties();

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
     *                       due, out of its range, or a band not above the band below it
     */
    public static Thresholds apply(Thresholds base, ThresholdValues.Reading reading, Validator validator) {
        List<FieldProblem> problems = new ArrayList<>(reading.problems());
        validator.validate(reading.values()).forEach(v -> problems.add(outOfRange(v)));
        Thresholds proposed = reading.values().applyTo(base);
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

    /** A copy of {@code base} with the values named. */
    static Thresholds with(Thresholds base, Map<String, Object> changed) {
        Thresholds copy = read(write(base));
        changed.forEach((field, value) -> set(copy, field, (Number) value));
        return copy;
    }

    private static FieldProblem outOfRange(ConstraintViolation<ThresholdValues> violation) {
        String field = violation.getPropertyPath().toString();
        var range = violation.getConstraintDescriptor().getAttributes();
        return new FieldProblem(field, "thresholds.field.range", field, format((Double) range.get("min")),
                format((Double) range.get("max")));
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
