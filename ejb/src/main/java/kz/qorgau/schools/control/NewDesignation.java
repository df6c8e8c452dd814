package kz.qorgau.schools.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import kz.qorgau.earlywarning.rules.StaffRole;

/** A person the school designates for a role; the username is their Keycloak login. */
public record NewDesignation(
        @NotBlank(message = "{staff.username.required}") @Pattern(regexp = "[a-zA-Z0-9._@-]{1,100}", message = "{staff.username.format}") String username,
        @NotNull(message = "{staff.role.required}") StaffRole role) {
}
