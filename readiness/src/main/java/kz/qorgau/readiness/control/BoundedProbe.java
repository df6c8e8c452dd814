package kz.qorgau.readiness.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a dependency answers, as readiness asks it: the caller waits at most {@code bound}, an answer (or the lack of
 * one) is reused for {@code freshFor}, and a probe that hangs is not started again until it returns. So a hung
 * dependency reads as down within the bound, and readiness probes, however frequent, neither pile up threads nor send
 * the dependency more than one question per {@code freshFor}.
 */
public final class BoundedProbe {

    private final Callable<Optional<String>> probe;
    private final Duration bound;
    private final Duration freshFor;
    private final ExecutorService executor;
    private final Clock clock;

    private Future<Optional<String>> running;
    private Optional<String> last;
    private Instant lastAt = Instant.MIN;

    /** @param probe empty when the dependency answers, else why it does not */
    public BoundedProbe(Callable<Optional<String>> probe, Duration bound, Duration freshFor, ExecutorService executor,
                        Clock clock) {
        this.probe = probe;
        this.bound = bound;
        this.freshFor = freshFor;
        this.executor = executor;
        this.clock = clock;
    }

    /** @return empty when the dependency answered, else why it did not */
    public synchronized Optional<String> refusal() {
        if (last != null && clock.instant().isBefore(lastAt.plus(freshFor))) {
            return last;
        }
        if (running == null) {
            running = executor.submit(probe);
        }
        try {
            last = running.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            running = null;
        } catch (TimeoutException e) {
            last = Optional.of("no answer within " + bound.toSeconds() + " s");
        } catch (ExecutionException e) {
            running = null;
            last = Optional.of(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
        lastAt = clock.instant();
        return last;
    }
}
