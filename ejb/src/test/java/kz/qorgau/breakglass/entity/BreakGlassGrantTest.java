package kz.qorgau.breakglass.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BreakGlassGrantTest {

    private static final Instant GRANTED = Instant.parse("2026-11-25T10:00:00Z");
    private final BreakGlassGrant grant = new BreakGlassGrant("psychologist2", null, "Child missing since morning", GRANTED);

    @Test
    void isValidFromTheMomentItIsGranted() {
        assertThat(grant.isValidAt(GRANTED)).isTrue();
        assertThat(grant.isValidAt(GRANTED.plusSeconds(3600))).isTrue();
    }

    @Test
    void expiresAfterTwoHours() {
        assertThat(grant.getExpiresAt()).isEqualTo(GRANTED.plusSeconds(7200));
        assertThat(grant.isValidAt(GRANTED.plusSeconds(7200))).isFalse();
    }

    @Test
    void isNotValidBeforeItWasGranted() {
        assertThat(grant.isValidAt(GRANTED.minusSeconds(1))).isFalse();
    }
}
