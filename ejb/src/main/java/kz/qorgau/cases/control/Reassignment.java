package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.earlywarning.rules.StaffRole;

/** A role of a case handed to another person the student's school designated for it. */
public record Reassignment(
        @NotNull(message = "{staff.role.required}") StaffRole role,
        @NotBlank(message = "{staff.username.required}") String username,
        @NotNull(message = "{version.required}") Long version) {
}
