package kz.qorgau.referrals.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import kz.qorgau.referrals.entity.OverrideGround;
import kz.qorgau.referrals.entity.Referral;
import kz.qorgau.referrals.entity.ReferralStatus;
import kz.qorgau.referrals.entity.ServiceKind;

/** A referral as the API shows it; {@code overdue} while the service has not answered by the due date. */
public record ReferralView(long id, long caseId, long studentId, long serviceId, ServiceKind serviceKind,
                           String reason, LocalDate dueOn, Long consentId, OverrideGround overrideGround,
                           String overrideNote, ReferralStatus status, String answer, String referredBy,
                           Instant referredAt, String changedBy, Instant changedAt, long version, boolean overdue)
                           implements Serializable {

    static ReferralView of(Referral r, LocalDate today) {
        return new ReferralView(r.getId(), r.getEarlyWarningCase().getId(), r.getStudent().getId(),
                r.getService().getId(), r.getService().getKind(), r.getReason(), r.getDueOn(),
                r.getConsent() == null ? null : r.getConsent().getId(), r.getOverrideGround(), r.getOverrideNote(),
                r.getStatus(), r.getAnswer(), r.getReferredBy(), r.getReferredAt(), r.getChangedBy(),
                r.getChangedAt(), r.getVersion(), r.isOverdue(today));
    }
}
