package kz.qorgau.platform;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one place that knows where Qorgau's days begin. Kazakhstan keeps one time zone, UTC+5, since 2024; "today",
 * "the last 30 days", deadlines and report periods are all counted in it, whatever zone the server runs in.
 * Beans take the {@link Clock} by injection; code without injection (converters, value types) uses the zone.
 */
@ApplicationScoped
public class Kazakhstan {

    public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Almaty");

    private static final Clock CLOCK = Clock.system(TIME_ZONE);

    @Produces
    public Clock clock() {
        return CLOCK;
    }

    /** For the few places that are not beans, such as Bean Validation's clock provider. */
    public static Clock systemClock() {
        return CLOCK;
    }
}
