package kz.qorgau.readiness.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import kz.qorgau.readiness.control.BoundedProbe;

/** One dependency's part of /health/ready: UP when it answers within {@link #BOUND}, else DOWN with the reason. */
final class DependencyCheck implements AutoCloseable {

    static final Duration BOUND = Duration.ofSeconds(2);

    private final String name;
    // Threads of its own: readiness is asked on the management interface's threads, outside the application's
    // components, and a hung probe must not hold one of those.
    private final ExecutorService executor;
    private final BoundedProbe probe;

    DependencyCheck(String name, Callable<Optional<String>> probe, Duration freshFor) {
        this.name = name;
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "qorgau-readiness-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.probe = new BoundedProbe(probe, BOUND, freshFor, executor, Clock.systemUTC());
    }

    HealthCheckResponse response() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name)
                .withData("boundSeconds", BOUND.toSeconds());
        return probe.refusal().map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().build());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
