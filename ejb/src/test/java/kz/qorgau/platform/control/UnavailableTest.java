package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** A database that is away is told from a request that went wrong, however deep the containers wrap it. */
class UnavailableTest {

    @Test
    void aRefusedOrDroppedConnectionIsTheDatabaseBeingAway() {
        assertThat(Unavailable.dependency(wrapped(new SQLException("Connection to 127.0.0.1:55433 refused", "08001"))))
                .contains(Dependency.DATABASE);
        assertThat(Unavailable.dependency(wrapped(new SQLException("terminating connection due to administrator"
                + " command", "57P01")))).contains(Dependency.DATABASE);
        assertThat(Unavailable.dependency(wrapped(new SQLException("the database system is starting up", "57P03"))))
                .contains(Dependency.DATABASE);
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsTheDatabaseBeingAway() {
        SQLException pool = new SQLException("jakarta.resource.ResourceException: IJ000453: Unable to get managed"
                + " connection for java:jboss/datasources/QorgauDS");
        assertThat(Unavailable.dependency(wrapped(pool))).contains(Dependency.DATABASE);
        assertThat(Unavailable.dependency(new SQLTransientConnectionException(
                "IJ000655: No managed connections available within configured blocking timeout (5000 [ms])")))
                .contains(Dependency.DATABASE);
    }

    @Test
    void aRequestsOwnFailureIsNot() {
        assertThat(Unavailable.dependency(wrapped(new SQLException("duplicate key", "23505")))).isEmpty();
        assertThat(Unavailable.dependency(new IllegalStateException("a bug"))).isEmpty();
        assertThat(Unavailable.dependency(null)).isEmpty();
    }

    @Test
    void aCancelledStatementIsATimeoutNotAnOutage() {
        Throwable cancelled = wrapped(new SQLException("canceling statement due to statement timeout", "57014"));
        assertThat(Unavailable.timedOut(cancelled)).isTrue();
        assertThat(Unavailable.dependency(cancelled)).isEmpty();
        assertThat(Unavailable.timedOut(wrapped(new SQLException("refused", "08001")))).isFalse();
    }

    private static Throwable wrapped(SQLException cause) {
        return new EJBException(new PersistenceException("could not execute statement", cause));
    }
}
