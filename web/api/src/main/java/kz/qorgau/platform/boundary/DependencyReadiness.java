package kz.qorgau.platform.boundary;

import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import kz.qorgau.platform.control.Dependency;
import kz.qorgau.platform.control.Probes;

/**
 * One dependency's part of /health/ready: UP when it answers within the probes' bound, else DOWN with the reason.
 * In the API's web module: MicroProfile Health found no checks in the EAR's EJB module.
 */
final class DependencyReadiness {

    private DependencyReadiness() {
    }

    static HealthCheckResponse of(Dependency dependency, Probes probes) {
        Optional<String> refusal = probes.check(dependency);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(dependency.code())
                .withData("boundSeconds", Probes.BOUND.toSeconds());
        return refusal.map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().build());
    }
}
