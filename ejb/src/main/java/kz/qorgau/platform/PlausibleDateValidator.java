package kz.qorgau.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlausibleDate} on days and moments; the one place that says which dates are plausible. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Temporal> {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** Moments count by UTC: a few hours either side of the bounds change nothing that matters. */
    private static final Instant FIRST_MOMENT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_OF_LAST_DAY = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value instanceof Instant moment) {
            return !moment.isBefore(FIRST_MOMENT) && moment.isBefore(END_OF_LAST_DAY);
        }
        return isPlausible(LocalDate.from(value));
    }

    public static boolean isPlausible(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }
}
