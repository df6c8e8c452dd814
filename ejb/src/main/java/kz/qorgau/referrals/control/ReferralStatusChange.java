package kz.qorgau.referrals.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.referrals.entity.ReferralStatus;

/** The next step of a referral: for DECLINED the service's reason, for DONE the outcome. */
public record ReferralStatusChange(
        @NotNull(message = "{referral.status.required}") ReferralStatus status,
        @Size(max = 2000, message = "{field.too-long}") String answer) {
}
