package kz.qorgau.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.Messages;

/** Only the redirect to Keycloak's authorization endpoint gets the language, and only when it has none. */
class LoginLanguageTest {

    private static final String AUTH = "http://127.0.0.1:8180/realms/qorgau/protocol/openid-connect/auth";
    private static final Supplier<String> KAZAKH = () -> "kk";

    @Test
    void theRedirectToTheLoginGetsTheLanguage() {
        assertThat(LoginLanguage.withLanguage(AUTH + "?response_type=code&client_id=qorgau-web&state=x", KAZAKH))
                .isEqualTo(AUTH + "?response_type=code&client_id=qorgau-web&state=x&ui_locales=kk");
        assertThat(LoginLanguage.withLanguage(AUTH, KAZAKH)).isEqualTo(AUTH + "?ui_locales=kk");
    }

    @Test
    void aLanguageAlreadyAskedForIsKept() {
        String asked = AUTH + "?response_type=code&ui_locales=ru&state=x";
        assertThat(LoginLanguage.withLanguage(asked, KAZAKH)).isEqualTo(asked);
        String first = AUTH + "?ui_locales=en";
        assertThat(LoginLanguage.withLanguage(first, KAZAKH)).isEqualTo(first);
    }

    @Test
    void otherRedirectsAreLeftAlone() {
        Supplier<String> never = () -> {
            throw new AssertionError("the language is worked out only for a login");
        };
        for (String location : new String[] {"http://127.0.0.1:8080/ui/inbox.xhtml",
                "http://127.0.0.1:8080/ui/inbox.xhtml?next=/protocol/openid-connect/auth",
                "http://127.0.0.1:8180/realms/qorgau/protocol/openid-connect/logout?client_id=qorgau-web",
                "/ui/students.xhtml?lang=kk"}) {
            assertThat(LoginLanguage.withLanguage(location, never)).isEqualTo(location);
        }
        assertThat(LoginLanguage.withLanguage(null, never)).isNull();
    }

    @Test
    void aLanguageAskedForOnTheWayToTheLoginIsRememberedAsThePagesRememberIt() {
        assertThat(LoginLanguage.rememberCookie("kk"))
                .isEqualTo("qorgau-lang=kk; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
    }

    @Test
    void onlyThePagesLanguagesCount() {
        assertThat(LoginLanguage.supported("kk")).contains(Messages.KAZAKH);
        assertThat(LoginLanguage.supported("ru")).contains(Messages.RUSSIAN);
        assertThat(LoginLanguage.supported("en")).contains(Locale.ENGLISH);
        assertThat(LoginLanguage.supported("de")).isEmpty();
        assertThat(LoginLanguage.supported("kk&x=1")).isEmpty();
        assertThat(LoginLanguage.supported(null)).isEmpty();
    }
}
