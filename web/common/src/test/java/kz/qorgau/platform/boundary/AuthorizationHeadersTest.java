package kz.qorgau.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AuthorizationHeadersTest {

    /** The rule as it was written first: the hand-written check must answer exactly as this does. */
    private static final Pattern BEARER_JWT =
            Pattern.compile("(?i:Bearer) [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    @Test
    void acceptsOneBearerJwtInAnyCaseOfTheScheme() {
        assertThat(AuthorizationHeaders.isBearerJwt("Bearer eyJh.eyJz.c2ln")).isTrue();
        assertThat(AuthorizationHeaders.isBearerJwt("bEaReR a-_.b.")).isTrue();
    }

    @Test
    void refusesAnythingElse() {
        for (String value : List.of("", "Bearer", "Bearer ", "Bearer a.b", "Bearer .b.c", "Bearer a..c", "Bearer a.b.c.d",
                "Bearer  a.b.c", "Bearer\ta.b.c", "Basic a.b.c", "Bearer a.b.c ", " Bearer a.b.c", "Bearer a+b.c.d",
                "Bearer a.b.c=", "Bearer a.b.c\n", "Bearer á.b.c", "Beare a.b.c", "Bearerx a.b.c")) {
            assertThat(AuthorizationHeaders.isBearerJwt(value)).as(value).isFalse();
        }
    }

    @Test
    void answersAsTheRegularExpressionForRandomValues() {
        Random random = new Random(18);
        String alphabet = "aZ09_-.+= \tá";
        List<String> schemes = List.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ", "");
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder(schemes.get(random.nextInt(schemes.size())));
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = value.toString();
            assertThat(AuthorizationHeaders.isBearerJwt(text)).as(text).isEqualTo(BEARER_JWT.matcher(text).matches());
        }
    }
}
