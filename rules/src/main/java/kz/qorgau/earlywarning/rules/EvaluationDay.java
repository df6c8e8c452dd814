package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Objects;

/** The day the rules look back from; a fact of its own so that scenarios can pin it. */
public class EvaluationDay {

    private final LocalDate date;

    public EvaluationDay(LocalDate date) {
        this.date = Objects.requireNonNull(date, "date");
    }

    public LocalDate getDate() {
        return date;
    }

    /** The first day of a window of {@code days} days that ends today, today included in the count of days back. */
    public LocalDate daysAgo(int days) {
        return date.minusDays(days);
    }
}
