package kz.qorgau.readiness.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger asked = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void anAnswerIsReusedWhileFreshSoProbesCannotHammerTheDependency() {
        BoundedProbe probe = probe(() -> {
            asked.incrementAndGet();
            return Optional.empty();
        });
        for (int i = 0; i < 50; i++) {
            assertThat(probe.refusal()).isEmpty();
        }
        assertThat(asked).hasValue(1);
        now = now.plusSeconds(6);
        assertThat(probe.refusal()).isEmpty();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aHungDependencyReadsAsDownWithinTheBoundAndIsNotAskedAgainWhileItHangs() throws Exception {
        CountDownLatch hung = new CountDownLatch(1);
        BoundedProbe probe = probe(() -> {
            asked.incrementAndGet();
            hung.await();
            return Optional.empty();
        });
        long started = System.nanoTime();
        assertThat(probe.refusal()).contains("no answer within 0 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        now = now.plusSeconds(6);
        assertThat(probe.refusal()).contains("no answer within 0 s");
        assertThat(asked).hasValue(1);

        hung.countDown();
        Thread.sleep(100);
        now = now.plusSeconds(6);
        assertThat(probe.refusal()).isEmpty();
    }

    @Test
    void aFailingProbeIsARefusalWithItsCause() {
        BoundedProbe probe = probe(() -> {
            throw new IllegalStateException("connection refused");
        });
        assertThat(probe.refusal()).hasValueSatisfying(reason -> assertThat(reason).contains("connection refused"));
    }

    private BoundedProbe probe(java.util.concurrent.Callable<Optional<String>> ask) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new BoundedProbe(ask, Duration.ofMillis(300), Duration.ofSeconds(5), executor, clock);
    }
}
