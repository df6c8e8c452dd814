package kz.qorgau.platform.control;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kz.qorgau.readiness.control.Answers;

/**
 * Asks each dependency whether it answers, within {@link #BOUND}: the same question readiness asks ({@link Answers}).
 * A probe that gets no answer in time counts as a refusal, so that a hung dependency reads as down instead of
 * stalling the caller.
 */
@ApplicationScoped
public class Probes {

    public static final Duration BOUND = Duration.ofSeconds(2);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(BOUND)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    /** The realm the tokens come from (OIDC_PROVIDER_URL), as the web modules' oidc.json read it. */
    @Inject
    @ConfigProperty(name = "oidc.provider-url", defaultValue = "http://127.0.0.1:8180/realms/qorgau")
    String providerUrl;

    /** @return empty when the dependency answers, else why it does not */
    public Optional<String> check(Dependency dependency) {
        return within(dependency == Dependency.DATABASE ? this::database : this::identityProvider);
    }

    private Optional<String> within(Supplier<Optional<String>> probe) {
        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(probe, executor);
        try {
            return answer.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Optional.of("no answer within " + BOUND.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private Optional<String> database() {
        return Answers.ofDatabase(database, BOUND);
    }

    private Optional<String> identityProvider() {
        try {
            return Answers.ofIdentityProvider(HTTP, providerUrl, BOUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
