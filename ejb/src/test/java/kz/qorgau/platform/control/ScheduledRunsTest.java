package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

    @Test
    void firingsOfTheSamePeriodShareItsSlotWhereverInThePeriodTheyFire() {
        Duration five = Duration.ofMinutes(5);
        Instant slot = Instant.parse("2026-12-06T09:05:00Z");

        assertThat(ScheduledRuns.slot(Instant.parse("2026-12-06T09:05:00Z"), five)).isEqualTo(slot);
        assertThat(ScheduledRuns.slot(Instant.parse("2026-12-06T09:05:00.300Z"), five)).isEqualTo(slot);
        assertThat(ScheduledRuns.slot(Instant.parse("2026-12-06T09:09:59.999Z"), five)).isEqualTo(slot);
        assertThat(ScheduledRuns.slot(Instant.parse("2026-12-06T09:10:00Z"), five)).isAfter(slot);
    }

    @Test
    void aNightlyTimerAtOneInAlmatyHasOneSlotPerNight() {
        Duration day = Duration.ofDays(1);
        Instant oneAmAlmaty = Instant.parse("2026-12-05T20:00:00Z");

        assertThat(ScheduledRuns.slot(oneAmAlmaty, day)).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(ScheduledRuns.slot(oneAmAlmaty.plusSeconds(90), day)).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(ScheduledRuns.slot(oneAmAlmaty.plus(day), day)).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
    }
}
