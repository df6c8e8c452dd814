package kz.qorgau.referrals.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.referrals.entity.ServiceKind;

/** A service a coordinator adds to the catalogue of their region. */
public record NewService(
        @NotNull(message = "{service.region.required}") Long regionId,
        @NotNull(message = "{service.kind.required}") ServiceKind kind,
        @NotNull(message = "{service.name.required}") @Valid ServiceNames name) {
}
