package kz.qorgau.readiness.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

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
        DataSource database = InitialContext.doLookup("java:jboss/datasources/QorgauDS");
        try (Connection connection = database.getConnection()) {
            return connection.isValid((int) DependencyCheck.BOUND.toSeconds()) ? Optional.empty()
                    : Optional.of("no valid connection");
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        check.close();
    }
}
