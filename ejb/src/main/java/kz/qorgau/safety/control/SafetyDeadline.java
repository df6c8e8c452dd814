package kz.qorgau.safety.control;

import java.time.LocalDate;

import kz.qorgau.platform.InvalidInput;

/**
 * The deadline of a prescription: as the inspector sets it, or a month from today. A deadline already past would
 * be overdue at birth, and one more than a year ahead would never be followed up.
 */
public final class SafetyDeadline {

    static final int DEFAULT_DAYS = 30;
    static final int LONGEST_DAYS = 365;

    private SafetyDeadline() {
    }

    /** @throws InvalidInput when the deadline is in the past or more than a year ahead */
    public static LocalDate resolve(LocalDate asked, LocalDate today) {
        if (asked == null) {
            return today.plusDays(DEFAULT_DAYS);
        }
        if (asked.isBefore(today)) {
            throw new InvalidInput("safety.deadline.past", asked.toString());
        }
        if (asked.isAfter(today.plusDays(LONGEST_DAYS))) {
            throw new InvalidInput("safety.deadline.too-far", asked.toString(), LONGEST_DAYS);
        }
        return asked;
    }
}
