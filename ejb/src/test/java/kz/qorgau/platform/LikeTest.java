package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeAreEscaped() {
        assertThat(Like.containing("50%")).isEqualTo("%50!%%");
        assertThat(Like.containing("a_b")).isEqualTo("%a!_b%");
        assertThat(Like.containing("wow!")).isEqualTo("%wow!!%");
    }

    @Test
    void everythingElseIsLeftAsTyped() {
        assertThat(Like.containing("Жақсылықова Әсел")).isEqualTo("%Жақсылықова Әсел%");
        assertThat(Like.containing("C:\\dir")).isEqualTo("%C:\\dir%");
        assertThat(Like.containing("")).isEqualTo("%%");
    }
}
