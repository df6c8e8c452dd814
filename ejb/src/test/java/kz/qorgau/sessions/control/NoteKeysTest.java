package kz.qorgau.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NoteKeysTest {

    @Test
    void withoutAKeyTheServerDoesNotStart() {
        assertThatThrownBy(() -> NoteKeys.cipher(Optional.empty())).hasMessageContaining("QORGAU_NOTE_KEYS is not set");
        assertThatThrownBy(() -> NoteKeys.cipher(Optional.of(" "))).hasMessageContaining("QORGAU_NOTE_KEYS is not set");
    }

    @Test
    void aMalformedKeyIsNamedWithoutBeingShown() {
        assertThatThrownBy(() -> NoteKeys.cipher(Optional.of("k1:c2VjcmV0")))
                .hasMessageContaining("QORGAU_NOTE_KEYS is not valid").hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void theFirstKeySeals() {
        assertThat(NoteKeys.cipher(Optional.of("new:" + "A".repeat(43) + "=,old:" + "B".repeat(43) + "="))
                .currentKeyId()).isEqualTo("new");
    }
}
