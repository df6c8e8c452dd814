package kz.qorgau.readiness.boundary;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import kz.qorgau.readiness.control.Answers;

/**
 * Ready only while the identity provider answers: without it nobody new can log in, and a token signed with a key the
 * server has not seen cannot be checked (tokens already checked keep working to their expiry). The realm's discovery
 * document, asked at most once per five seconds, so that readiness probes cannot hammer the identity provider.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(DependencyCheck.BOUND)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The realm the tokens come from (OIDC_PROVIDER_URL), as the web modules' oidc.json read it. */
    @Inject
    @ConfigProperty(name = "oidc.provider-url", defaultValue = "http://127.0.0.1:8180/realms/qorgau")
    String providerUrl;

    private DependencyCheck check;

    @PostConstruct
    void start() {
        check = new DependencyCheck("identity-provider", this::ask, Duration.ofSeconds(5));
    }

    @Override
    public HealthCheckResponse call() {
        return check.response();
    }

    private Optional<String> ask() throws InterruptedException {
        return Answers.ofIdentityProvider(HTTP, providerUrl, DependencyCheck.BOUND);
    }

    @PreDestroy
    void stop() {
        check.close();
    }
}
