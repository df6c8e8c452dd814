package kz.qorgau.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.PlausibleDateValidator;

/**
 * Query parameters read by hand where JAX-RS would answer a bad value with 404: a wrong filter is the caller's
 * mistake and deserves a 400 that lists the values allowed.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A day the database can hold and a person can mean; {@code -999999999-01-01} parses but is neither. */
    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("param.invalid", name, value, "YYYY-MM-DD");
        }
        if (!PlausibleDateValidator.isPlausible(date)) {
            throw new InvalidInput("param.date.implausible", name, value);
        }
        return date;
    }

    /** A yes-or-no filter, false when absent; anything but {@code true} or {@code false} is a mistake. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("param.invalid", name, value, "true, false");
        };
    }

    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInput("param.invalid", name, value, allowed);
        }
    }
}
