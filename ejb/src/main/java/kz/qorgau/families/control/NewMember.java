package kz.qorgau.families.control;

import jakarta.validation.constraints.NotNull;

/** A student to add to a family. */
public record NewMember(@NotNull(message = "{family.member.required}") Long studentId) {
}
