package kz.qorgau.referrals.entity;

import java.util.Map;
import java.util.Set;

/** The life of a referral: sent, then accepted or declined by the service, done once accepted, or revoked. */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    DONE,
    REVOKED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            SENT, Set.of(ACCEPTED, DECLINED, REVOKED),
            ACCEPTED, Set.of(DONE, REVOKED),
            DECLINED, Set.of(),
            DONE, Set.of(),
            REVOKED, Set.of());

    public boolean canBecome(ReferralStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The service's answer, which the referring worker hears of; a revocation is the worker's own step. */
    public boolean isAnswer() {
        return this == ACCEPTED || this == DECLINED || this == DONE;
    }

    /** A declined referral says why, a done one says with what outcome. */
    public boolean needsAnswer() {
        return this == DECLINED || this == DONE;
    }
}
