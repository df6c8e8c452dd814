package kz.qorgau.safety.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.qorgau.platform.InvalidInput;

/**
 * Enumerated values read from a request by hand, so that a wrong one gets a 400 naming the field, the value and
 * every value allowed, rather than JSON-B's bare "wrong format".
 */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("safety.value.required", field, allowed(type));
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("safety.value.invalid", field, value, allowed(type));
        }
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
