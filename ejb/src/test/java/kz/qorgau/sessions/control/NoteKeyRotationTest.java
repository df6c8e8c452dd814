package kz.qorgau.sessions.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.control.NoteCipher;

class NoteKeyRotationTest {

    private static final NoteCipher ROTATED = NoteCipher.of("k2027:" + "A".repeat(43) + "=,k2026:"
            + "B".repeat(43) + "=");

    @Test
    void notesUnderTheConfiguredKeysLetTheServerStart() {
        assertThatCode(() -> NoteKeyRotation.requireKnown(Set.of("k2026", "k2027"), ROTATED))
                .doesNotThrowAnyException();
        assertThatCode(() -> NoteKeyRotation.requireKnown(Set.of(), ROTATED)).doesNotThrowAnyException();
    }

    @Test
    void aNoteUnderAKeyRemovedTooEarlyStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> NoteKeyRotation.requireKnown(Set.of("k2026", "k2025"), ROTATED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[k2025]")
                .hasMessageContaining("QORGAU_NOTE_KEYS");
    }
}
