package kz.qorgau.readiness.boundary;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import kz.qorgau.readiness.control.Answers;

/**
 * Ready only while the database answers: without it the server can only refuse. A connection of the server's own
 * pool and a round trip, at most once a second, whatever the probes' rate.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private DependencyCheck check;

    @PostConstruct
    void start() {
        check = new DependencyCheck("database", this::ask, Duration.ofSeconds(1));
    }

    @Override
    public HealthCheckResponse call() {
        return check.response();
    }

    private Optional<String> ask() throws NamingException {
        return Answers.ofDatabase(InitialContext.doLookup("java:jboss/datasources/QorgauDS"), DependencyCheck.BOUND);
    }

    @PreDestroy
    void stop() {
        check.close();
    }
}
