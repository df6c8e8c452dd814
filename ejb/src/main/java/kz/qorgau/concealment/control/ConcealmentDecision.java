package kz.qorgau.concealment.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.concealment.entity.ConcealmentStatus;

/** An overseer's word on an open flag: confirmed or dismissed, why, and the version of the flag they read. */
public record ConcealmentDecision(
        @NotNull(message = "{concealment.decision.required}") ConcealmentStatus decision,
        @NotBlank(message = "{concealment.reason.required}") @Size(max = 2000, message = "{field.too-long}") String reason,
        @NotNull(message = "{version.required}") Integer version) {
}
