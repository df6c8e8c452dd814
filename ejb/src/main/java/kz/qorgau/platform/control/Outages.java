package kz.qorgau.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The server's one record of its dependencies' outages (see {@link OutageLog}): the web modules report each request
 * they refuse because a dependency is away, and every five seconds ({@link OutageWatch}), while one is away, it is
 * asked again, so that the end of the outage is logged as soon as it answers, whether or not a request comes. The
 * pages ask it before they send someone to the identity provider's login ({@link #loginPossible()}).
 * <p>
 * Plumbing without personal data or roles: a CDI bean, not a session bean, so that the pages may call it.
 */
@ApplicationScoped
public class Outages {

    private static final Duration TRUSTED_FOR = Duration.ofSeconds(5);

    private final OutageLog log = new OutageLog();
    private volatile Instant identityProviderAnswered = Instant.EPOCH;

    @Inject
    Probes probes;

    /** A request refused because of the failure, if a dependency's outage caused it; counted, logged once. */
    public Optional<Dependency> refused(Throwable failure) {
        Optional<Dependency> away = Unavailable.dependency(failure);
        away.ifPresent(dependency -> refused(dependency, oneLine(failure)));
        return away;
    }

    public void refused(Dependency dependency, String cause) {
        log.refused(dependency, Instant.now(), cause);
    }

    public boolean down(Dependency dependency) {
        return log.down(dependency);
    }

    /**
     * Whether a login at the identity provider can succeed now: false while its outage lasts (the refusal counted), or
     * when it does not answer a probe (which starts the outage); an answer is trusted for a few seconds, so that
     * logins do not each cost a probe.
     */
    public boolean loginPossible() {
        if (!log.down(Dependency.IDENTITY_PROVIDER)
                && Instant.now().isBefore(identityProviderAnswered.plus(TRUSTED_FOR))) {
            return true;
        }
        Optional<String> refusal = log.down(Dependency.IDENTITY_PROVIDER) ? Optional.of("still away")
                : probes.check(Dependency.IDENTITY_PROVIDER);
        if (refusal.isEmpty()) {
            identityProviderAnswered = Instant.now();
            return true;
        }
        refused(Dependency.IDENTITY_PROVIDER, "a login was diverted: " + refusal.get());
        return false;
    }

    /** Asks each dependency that is away whether it answers again, and ends its outage if so. */
    public void watch() {
        for (Dependency dependency : Dependency.values()) {
            if (log.down(dependency) && probes.check(dependency).isEmpty()) {
                log.answered(dependency, Instant.now());
            }
        }
    }

    /** The innermost cause's message: what went wrong, without the stack. */
    private static String oneLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
