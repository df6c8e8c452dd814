package kz.qorgau.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import kz.qorgau.platform.control.Unavailable;

/**
 * Seals the audit events committed since the last run into the hash chain (migration V20's {@code audit_seal}, which
 * runs as the schema's owner), every few seconds and before each verification. Each run that sealed something logs
 * the chain's head: the log, kept apart from the database, is the anchor against which a chain recomputed from some
 * event to the end can be told from the original.
 *
 * <p>Scheduled on a managed executor rather than by an EJB timer: a timer firing while the deployment starts waits
 * for every start-up bean, and when one of them fails, that wait never ends and keeps the deployment from being
 * rolled back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    /** Events sealed per transaction: a backlog of millions is sealed in short steps, never under one long lock. */
    static final int BATCH = 10_000;
    private static final long EVERY_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void schedule() {
        schedule = scheduler.scheduleWithFixedDelay(this::sealOnSchedule, EVERY_SECONDS, EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void unschedule() {
        schedule.cancel(false);
    }

    /**
     * Seals everything committed so far, in steps of {@link #BATCH} that each commit on their own. Concurrent callers
     * (the schedule, verifications, other servers) wait for each other in audit_seal's lock.
     */
    @PermitAll
    public void sealCommitted() {
        int sealed = 0;
        ChainSeal step;
        try (Connection connection = dataSource.getConnection(); PreparedStatement seal = connection.prepareStatement(
                "select sealed, head_position, head_hash from audit_seal(?)")) {
            seal.setInt(1, BATCH);
            do {
                try (ResultSet row = seal.executeQuery()) {
                    row.next();
                    step = new ChainSeal(row.getInt(1), row.getLong(2), row.getBytes(3));
                }
                sealed += step.sealed();
            } while (step.sealed() == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seal the audit trail: " + e.getMessage(), e);
        }
        if (sealed > 0) {
            ChainSeal head = step;
            int total = sealed;
            LOG.info(() -> "Audit chain: sealed " + total + " event(s); head at position " + head.headPosition()
                    + ", sha256 " + head.headHashHex());
        }
    }

    /** A failure must not end the schedule: the next run tries again, and seals whatever this one did not. */
    private void sealOnSchedule() {
        try {
            sealCommitted();
        } catch (RuntimeException e) {
            // While the database is away, every run fails alike; the outage is logged once by the requests it refuses.
            LOG.log(Unavailable.dependency(e).isPresent() ? Level.FINE : Level.WARNING,
                    "Sealing the audit trail failed; trying again in " + EVERY_SECONDS + " s", e);
        }
    }
}
