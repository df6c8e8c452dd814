package kz.qorgau.referrals.control;

import java.time.Instant;

/**
 * Fired in the transaction that records what someone must hear of a referral, so that the notifications, which depend
 * on the referrals, can tell them without the referrals knowing the notifications.
 *
 * @param actor          who recorded it; they are not told of their own act
 * @param referredBy     the worker who referred the child
 * @param supervisorRole for a referral without consent, the role of the referring worker's supervisor
 */
public record ReferralNoticed(What what, long referralId, long caseId, String actor, String referredBy,
                              String supervisorRole, Instant at) {

    public enum What {
        /** The service's answer (accepted, declined, done) was recorded. */
        ANSWERED,
        /** The child was referred on a legal ground, without the guardian's consent. */
        REFERRED_WITHOUT_CONSENT
    }
}
