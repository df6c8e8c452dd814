package kz.qorgau.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import kz.qorgau.platform.control.StatementTimeout;

/**
 * The hash chain over the audit trail, kept by the database (migration V20): events are inserted unsealed, and
 * {@link AuditSealer} has the owner's {@code audit_seal} give committed ones their position and hash. Internal
 * ({@code @PermitAll}): {@link AuditVerification} declares who may ask for it.
 */
@Stateless
public class AuditChain {

    @PersistenceContext
    EntityManager em;

    /** Recomputes the whole chain from the stored events, in the database. */
    @PermitAll
    public ChainVerification verify() {
        // One statement over the whole trail: about 6 s per million events, beyond a request's statement timeout.
        em.unwrap(Session.class).doWork(StatementTimeout::liftInTransaction);
        Object[] row = (Object[]) em.createNativeQuery("""
                        select sealed, unsealed, head_position, head_hash, break_position, break_event
                        from audit_chain_verification()""")
                .getSingleResult();
        ChainVerification.Break firstBreak = row[4] == null ? null
                : new ChainVerification.Break(((Number) row[4]).longValue(), ((Number) row[5]).longValue());
        return ChainVerification.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                row[2] == null ? null : ((Number) row[2]).longValue(), (byte[]) row[3], firstBreak);
    }
}
