package kz.qorgau.thresholds.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import kz.qorgau.thresholds.entity.ThresholdStatus;
import kz.qorgau.thresholds.entity.ThresholdVersion;

/**
 * The thresholds in force, read once and kept until a version is activated: every signal is evaluated with them,
 * so reading them must cost nothing. Internal ({@code @PermitAll}): read by evaluations, batch jobs and what-if runs,
 * which declare who may start them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ActiveThresholds {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile ThresholdsInForce current;

    /** Counts the activations committed; guarded by {@code this}. */
    private long activations;

    public ThresholdsInForce current() {
        ThresholdsInForce known = current;
        if (known == null) {
            long seen = activationsSoFar();
            ThresholdVersion active = em.createQuery(
                            "select v from ThresholdVersion v where v.status = :active", ThresholdVersion.class)
                    .setParameter("active", ThresholdStatus.ACTIVE)
                    .getSingleResult();
            known = new ThresholdsInForce(active.getNumber(), ThresholdSettings.read(active.getSettings()));
            keep(known, seen);
        }
        return known;
    }

    /** Called where a version is activated: once that transaction ends, the next evaluation reads them again. */
    public void forgetOnCompletion() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forget();
                }
            }
        });
    }

    private synchronized long activationsSoFar() {
        return activations;
    }

    /**
     * Keeps what was read unless a version was activated meanwhile: the read may have seen the version retired by
     * that activation, and kept, it would stay in force until the next one.
     */
    private synchronized void keep(ThresholdsInForce read, long activationsBeforeRead) {
        if (activations == activationsBeforeRead) {
            current = read;
        }
    }

    private synchronized void forget() {
        activations++;
        current = null;
    }
}
