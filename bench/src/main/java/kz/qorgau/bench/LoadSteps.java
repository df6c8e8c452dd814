package kz.qorgau.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The steps of concurrent users of the load benchmark: a warm-up at the first level, then for each level a short ramp
 * from the previous one and a hold. A request is labelled by the hold it started in ({@code "050 users"}); what
 * started during the warm-up or a ramp is labelled so and left out of the figures.
 */
final class LoadSteps {

    static final String WARM_UP = "warm-up";
    static final String RAMP = "ramp";

    private final List<Integer> levels;
    private final Duration warmUp;
    private final Duration ramp;
    private final Duration hold;
    private volatile long started;

    LoadSteps(List<Integer> levels, Duration warmUp, Duration ramp, Duration hold) {
        this.levels = List.copyOf(levels);
        this.warmUp = warmUp;
        this.ramp = ramp;
        this.hold = hold;
    }

    static LoadSteps fromSystemProperties() {
        return new LoadSteps(Arrays.stream(System.getProperty("load.users", "10,50,100,200").split(","))
                .map(String::strip).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.getLong("load.warmup.seconds", 20)),
                Duration.ofSeconds(Long.getLong("load.ramp.seconds", 5)),
                Duration.ofSeconds(Long.getLong("load.step.seconds", 45)));
    }

    List<Integer> levels() {
        return levels;
    }

    Duration warmUp() {
        return warmUp;
    }

    Duration ramp() {
        return ramp;
    }

    Duration hold() {
        return hold;
    }

    Duration total() {
        return warmUp.plus(ramp.plus(hold).multipliedBy(levels.size()));
    }

    /** Marks the start of the injection, which the labels count from. */
    void start() {
        started = System.nanoTime();
    }

    String labelNow() {
        return labelAt(Duration.ofNanos(System.nanoTime() - started));
    }

    String labelAt(Duration elapsed) {
        Duration stepStart = warmUp;
        if (elapsed.compareTo(stepStart) < 0) {
            return WARM_UP;
        }
        for (int users : levels) {
            Duration holdStart = stepStart.plus(ramp);
            Duration holdEnd = holdStart.plus(hold);
            if (elapsed.compareTo(holdStart) < 0) {
                return RAMP;
            }
            if (elapsed.compareTo(holdEnd) < 0) {
                return label(users);
            }
            stepStart = holdEnd;
        }
        return RAMP;
    }

    static String label(int users) {
        return String.format("%03d users", users);
    }
}
