package kz.qorgau.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import kz.qorgau.platform.control.Dependency;
import kz.qorgau.platform.control.Probes;

/**
 * Ready only while the identity provider answers: without it nobody new can log in and a token signed with a key the
 * server has not seen cannot be checked (tokens already checked keep working to their expiry).
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    @Inject
    Probes probes;

    @Override
    public HealthCheckResponse call() {
        return DependencyReadiness.of(Dependency.IDENTITY_PROVIDER, probes);
    }
}
