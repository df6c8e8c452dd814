package kz.qorgau.students.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.students.entity.StudentStatus;

/** A student graduates, leaves, or comes back, and why. */
public record StatusChange(
        @NotNull(message = "{student.status.required}") StudentStatus status,
        @NotBlank(message = "{student.status.reason.required}") @Size(max = 500, message = "{field.too-long}") String reason) {
}
