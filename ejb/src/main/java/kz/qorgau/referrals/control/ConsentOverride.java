package kz.qorgau.referrals.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.referrals.entity.OverrideGround;

/** The legal ground on which a child is referred without the guardian's consent, and the worker's note on it. */
public record ConsentOverride(
        @NotNull(message = "{referral.override.ground.required}") OverrideGround ground,
        @NotBlank(message = "{referral.override.note.required}") @Size(max = 2000, message = "{field.too-long}") String note) {
}
