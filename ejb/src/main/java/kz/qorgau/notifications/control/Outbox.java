package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;

import kz.qorgau.notifications.entity.OutgoingMail;

/** The mail waiting for the mail server: what is due, what was sent or failed, and what the admin sees of it. */
@Stateless
public class Outbox {

    /** Longer than a batch of sends can take with the mail server's timeouts. */
    static final Duration TAKEN_FOR = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    /**
     * Internal: the mail due now, oldest first, taken for {@link #TAKEN_FOR} so that the other nodes of a cluster
     * leave it alone (they skip rows another node is taking); detached, as it is sent outside any transaction. Mail a
     * node took and never reported on, because the node went down, is due again once that time is over.
     */
    @PermitAll
    public List<OutgoingMail> take(Instant now, int limit) {
        List<OutgoingMail> due = em.createQuery("""
                        select m from OutgoingMail m
                        where m.sentAt is null and m.failedAt is null and m.nextTryAt <= :now
                        order by m.nextTryAt, m.id""", OutgoingMail.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .getResultList();
        due.forEach(m -> m.takenUntil(now.plus(TAKEN_FOR)));
        return due;
    }

    /** Internal: mail taken but not tried is due again at once. */
    @PermitAll
    public void release(List<Long> ids, Instant now) {
        ids.forEach(id -> em.find(OutgoingMail.class, id).takenUntil(now));
    }

    @PermitAll
    public void sent(long id, Instant now) {
        em.find(OutgoingMail.class, id).sent(now);
    }

    @PermitAll
    public void attemptFailed(long id, String error, Instant now) {
        em.find(OutgoingMail.class, id).attemptFailed(error, now);
    }

    /** How much mail waits and how much was given up, and the latest of those mails (never their words). */
    @RolesAllowed(ADMIN)
    public OutboxState unsent(int page, int size) {
        long pending = em.createQuery("""
                select count(m) from OutgoingMail m where m.sentAt is null and m.failedAt is null""", Long.class)
                .getSingleResult();
        long failed = em.createQuery("select count(m) from OutgoingMail m where m.failedAt is not null", Long.class)
                .getSingleResult();
        List<OutboxView> mails = em.createQuery("""
                        select m from OutgoingMail m where m.sentAt is null
                        order by m.createdAt desc, m.id desc""", OutgoingMail.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream().map(OutboxView::of).toList();
        return new OutboxState(pending, failed, mails);
    }
}
