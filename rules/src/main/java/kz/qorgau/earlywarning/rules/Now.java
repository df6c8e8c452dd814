package kz.qorgau.earlywarning.rules;

import java.time.Instant;
import java.util.Objects;

/** The moment deadlines are checked at; a fact of its own so that scenarios can pin it. */
public class Now {

    private final Instant instant;

    public Now(Instant instant) {
        this.instant = Objects.requireNonNull(instant, "instant");
    }

    public Instant getInstant() {
        return instant;
    }
}
