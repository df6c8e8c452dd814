package kz.qorgau.thresholds.control;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.InvalidFields.FieldProblem;

/**
 * The thresholds a proposal may change, each with the range that makes sense for it; null keeps the value in force.
 * The components are the properties of {@link Thresholds}, whole numbers where the rules count days or events.
 */
public record ThresholdValues(
        @ThresholdRange(min = 1, max = 3650) Integer ew01WindowDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew02WindowDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew03WindowDays,
        @ThresholdRange(min = 1, max = 1000) Integer ew04MinIncidents,
        @ThresholdRange(min = 1, max = 3650) Integer ew04WindowDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew05WindowDays,
        @ThresholdRange(min = 1, max = 1000) Integer ew06MinDeliveries,
        @ThresholdRange(min = 1, max = 3650) Integer ew06WindowDays,
        @ThresholdRange(min = 1, max = 1000) Integer ew07MinAbsenceDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew07AbsenceWindowDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew07IncidentWindowDays,
        @ThresholdRange(min = 1, max = 1000) Integer ew08MinTimes,
        @ThresholdRange(min = 1, max = 3650) Integer ew08WindowDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew09WindowDays,
        @ThresholdRange(min = 1, max = 3650) Integer ew09HalfLifeDays,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightRiskSession,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightIncidentPerpetrator,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightIncidentVictim,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightSurveyAboveThreshold,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightPoliceRegistration,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightRaidDelivery,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightUnexcusedAbsenceDay,
        @ThresholdRange(min = 0, max = 100) Double ew09WeightFamilyRegistration,
        @ThresholdRange(min = 0.01, max = 1000) Double ew09LowBand,
        @ThresholdRange(min = 0.01, max = 1000) Double ew09MediumBand,
        @ThresholdRange(min = 0.01, max = 1000) Double ew09HighBand,
        @ThresholdRange(min = 1, max = 3650) Integer ew11ReportDays,
        @ThresholdRange(min = 1, max = 365) Integer reopenWithinDays) {

    private static final Map<String, RecordComponent> COMPONENTS = components();
    private static final BigDecimal LARGEST_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal SMALLEST_INT = BigDecimal.valueOf(Integer.MIN_VALUE);

    /** The typed values of a proposal, and what could not be typed: its range is checked on the values. */
    public record Reading(ThresholdValues values, List<FieldProblem> problems) {
    }

    /** The values as the API sends them: a JSON number is a number, anything else is not. */
    public static Reading read(Map<String, JsonValue> sent) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        sent.forEach((field, value) -> numbers.put(field,
                value instanceof JsonNumber number ? number.bigDecimalValue() : null));
        return reading(numbers);
    }

    /** The values as a person typed them on the page, a decimal comma read as a point. */
    public static Reading typed(Map<String, String> edits) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        edits.forEach((field, text) -> numbers.put(field, number(text)));
        return reading(numbers);
    }

    /**
     * The proposed numbers by name, typed: a name that is no threshold, a value that is no number (null) and a
     * fraction where a whole number is due are problems; their fields stay null.
     */
    private static Reading reading(Map<String, BigDecimal> proposed) {
        Object[] values = new Object[COMPONENTS.size()];
        List<String> names = new ArrayList<>(COMPONENTS.keySet());
        List<FieldProblem> problems = new ArrayList<>();
        proposed.forEach((field, number) -> {
            RecordComponent component = COMPONENTS.get(field);
            if (component == null) {
                problems.add(new FieldProblem(field, "thresholds.field.unknown", field));
            } else if (number == null) {
                problems.add(new FieldProblem(field, "thresholds.field.not-a-number", field));
            } else if (component.getType() == Integer.class && !isWhole(number)) {
                problems.add(new FieldProblem(field, "thresholds.field.whole", field));
            } else {
                values[names.indexOf(field)] = component.getType() == Integer.class
                        ? clampedInt(number) : (Object) number.doubleValue();
            }
        });
        return new Reading(construct(values), problems);
    }

    /** A copy of {@code base} with the values this proposal names. */
    public Thresholds applyTo(Thresholds base) {
        Map<String, Object> changed = new LinkedHashMap<>();
        COMPONENTS.forEach((field, component) -> {
            Object value = value(component);
            if (value != null) {
                changed.put(field, value);
            }
        });
        return ThresholdSettings.with(base, changed);
    }

    private Object value(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("threshold " + component.getName() + " cannot be read", e);
        }
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    /** Beyond an int it is out of any range anyway: the range check names it with its bounds. */
    private static int clampedInt(BigDecimal number) {
        return number.max(SMALLEST_INT).min(LARGEST_INT).intValueExact();
    }

    private static ThresholdValues construct(Object[] values) {
        try {
            Constructor<ThresholdValues> canonical = ThresholdValues.class.getDeclaredConstructor(
                    Arrays.stream(ThresholdValues.class.getRecordComponents()).map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the proposed thresholds cannot be built", e);
        }
    }

    private static Map<String, RecordComponent> components() {
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        Arrays.stream(ThresholdValues.class.getRecordComponents()).forEach(c -> byName.put(c.getName(), c));
        return byName;
    }
}
