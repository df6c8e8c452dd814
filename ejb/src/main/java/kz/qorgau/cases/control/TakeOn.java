package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotNull;

import kz.qorgau.earlywarning.rules.StaffRole;

/**
 * A person of the school takes on a case. The role may be left out by whoever holds one staff role only.
 */
public record TakeOn(StaffRole role, @NotNull(message = "{version.required}") Long version) {
}
