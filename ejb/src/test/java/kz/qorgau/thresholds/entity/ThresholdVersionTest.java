package kz.qorgau.thresholds.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.InvalidInput;

class ThresholdVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void aNewVersionIsADraftWithItsNoteStripped() {
        ThresholdVersion version = new ThresholdVersion(2, "{}", "  EW-04 from two incidents  ", "admin1", NOW);

        assertThat(version.getStatus()).isEqualTo(ThresholdStatus.DRAFT);
        assertThat(version.getNote()).isEqualTo("EW-04 from two incidents");
    }

    @Test
    void refusesAVersionWithoutANoteOrWithAnOverlongOne() {
        assertThat(assertThrows(InvalidInput.class, () -> new ThresholdVersion(2, "{}", " ", "admin1", NOW))
                .messageKey()).isEqualTo("thresholds.note.required");
        assertThat(assertThrows(InvalidInput.class, () -> new ThresholdVersion(2, "{}", null, "admin1", NOW))
                .messageKey()).isEqualTo("thresholds.note.required");
        assertThat(assertThrows(InvalidInput.class,
                () -> new ThresholdVersion(2, "{}", "x".repeat(ThresholdVersion.NOTE_MAX + 1), "admin1", NOW))
                .messageKey()).isEqualTo("thresholds.note.too-long");
        assertThat(new ThresholdVersion(2, "{}", "x".repeat(ThresholdVersion.NOTE_MAX), "admin1", NOW).getNote())
                .hasSize(ThresholdVersion.NOTE_MAX);
    }

    @Test
    void onlyADraftComesIntoForce() {
        ThresholdVersion version = new ThresholdVersion(2, "{}", "try", "admin1", NOW);

        version.activate("admin1", NOW);

        assertThat(version.getStatus()).isEqualTo(ThresholdStatus.ACTIVE);
        assertThat(version.getActivatedBy()).isEqualTo("admin1");
        assertThat(assertThrows(InvalidInput.class, () -> version.activate("admin1", NOW)).messageKey())
                .isEqualTo("thresholds.not-draft");
        version.retire();
        assertThrows(InvalidInput.class, () -> version.activate("admin1", NOW));
    }
}
