package kz.qorgau.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import kz.qorgau.platform.control.Dependency;
import kz.qorgau.platform.control.Probes;

/** Ready only while the database answers: without it the server can only refuse. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Probes probes;

    @Override
    public HealthCheckResponse call() {
        return DependencyReadiness.of(Dependency.DATABASE, probes);
    }
}
