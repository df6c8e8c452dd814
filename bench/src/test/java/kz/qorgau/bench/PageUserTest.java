package kz.qorgau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageUserTest {

    private static final URI LOGIN = URI.create("http://127.0.0.1:28180/realms/qorgau/login-actions/authenticate");

    @Test
    void keycloaksSecureCookiesGoBackOverPlainHttpOnLoopback() throws Exception {
        PageUser.LoopbackCookies cookies = new PageUser.LoopbackCookies();
        cookies.put(LOGIN, Map.of("Set-Cookie", List.of(
                "AUTH_SESSION_ID=abc.node; Path=/realms/qorgau/; SameSite=None; Secure; HttpOnly")));

        assertThat(cookies.get(LOGIN, Map.of()).get("Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("AUTH_SESSION_ID=abc.node"));
    }
}
