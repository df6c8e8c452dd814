package kz.qorgau.referrals.control;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;

/** A referral of the case's child to a service: on a recorded consent ({@code consentId}) or on an override. */
public record NewReferral(
        @NotNull(message = "{referral.service.required}") Long serviceId,
        @NotBlank(message = "{referral.reason.required}") @Size(max = 2000, message = "{field.too-long}") String reason,
        @NotNull(message = "{referral.due-on.required}") @PlausibleDate LocalDate dueOn,
        Long consentId,
        @Valid ConsentOverride override) {
}
