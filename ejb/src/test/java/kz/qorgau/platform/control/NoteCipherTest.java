package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteCipherTest {

    private static final String OLD = "k2025:" + key(1);
    private static final String NEW = "k2026:" + key(2);
    private static final String NOTE = "Қорқыныш, ұйқысыздық; тревога и бессонница әңгіме. Ана тілі — ә, ғ, қ, ң, ө, "
            + "ұ, ү, һ, і; ё, ъ, ы; 🙂";

    @Test
    void aSealedNoteOpensByteForByte() {
        NoteCipher cipher = NoteCipher.of(NEW);

        String sealed = cipher.seal(NOTE);

        assertThat(sealed).matches(NoteCipher.SEALED_PATTERN).startsWith("qn1:k2026:").doesNotContain("тревога");
        assertThat(cipher.open(sealed).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(NOTE.getBytes(StandardCharsets.UTF_8));
        assertThat(cipher.open(cipher.seal(""))).isEmpty();
    }

    @Test
    void theSameNoteSealsDifferentlyEachTime() {
        NoteCipher cipher = NoteCipher.of(NEW);

        assertThat(cipher.seal(NOTE)).isNotEqualTo(cipher.seal(NOTE));
    }

    @Test
    void anAlteredNoteIsRefused() {
        NoteCipher cipher = NoteCipher.of(NEW);
        String sealed = cipher.seal(NOTE);
        int colon = sealed.lastIndexOf(':');
        byte[] stored = Base64.getDecoder().decode(sealed.substring(colon + 1));
        stored[stored.length / 2] ^= 1;
        String altered = sealed.substring(0, colon + 1) + Base64.getEncoder().encodeToString(stored);

        assertThatThrownBy(() -> cipher.open(altered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void aNoteRelabelledWithAnotherKnownKeyIsRefused() {
        NoteCipher cipher = NoteCipher.of(NEW + "," + OLD);
        String relabelled = cipher.seal(NOTE).replace("qn1:k2026:", "qn1:k2025:");

        assertThatThrownBy(() -> cipher.open(relabelled)).hasMessageContaining("integrity");
    }

    @Test
    void aNoteUnderAnUnknownKeyIsRefused() {
        String sealed = NoteCipher.of(OLD).seal(NOTE);

        assertThatThrownBy(() -> NoteCipher.of(NEW).open(sealed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k2025").hasMessageContaining("not among the configured keys");
    }

    @Test
    void clearTextIsNoSealedNote() {
        assertThatThrownBy(() -> NoteCipher.of(NEW).open(NOTE)).hasMessageContaining("not a sealed note");
    }

    @Test
    void aNewKeyInFrontSealsWhileTheOldOneStillOpens() {
        String underOld = NoteCipher.of(OLD).seal(NOTE);
        NoteCipher rotated = NoteCipher.of(NEW + ", " + OLD);

        String resealed = rotated.seal(rotated.open(underOld));

        assertThat(rotated.currentKeyId()).isEqualTo("k2026");
        assertThat(rotated.keyIds()).containsExactly("k2026", "k2025");
        assertThat(NoteCipher.keyIdOf(underOld)).isEqualTo("k2025");
        assertThat(NoteCipher.keyIdOf(resealed)).isEqualTo("k2026");
        assertThat(NoteCipher.of(NEW).open(resealed)).isEqualTo(NOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "k1", "k1:not base64!", "k1:%%%%", "k1:AAAA", "bad id:AAAA", "k1:QUJD,"})
    void misconfiguredKeysAreRefused(String configured) {
        assertThatThrownBy(() -> NoteCipher.of(configured)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> NoteCipher.of(NEW + ",k2026:" + key(3))).hasMessageContaining("twice");
    }

    @Test
    void aShortKeyIsRefusedWithoutShowingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> NoteCipher.of("k1:" + shortKey)).hasMessageContaining("16 bytes")
                .hasMessageNotContaining(shortKey);
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
