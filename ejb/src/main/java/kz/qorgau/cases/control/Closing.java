package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.cases.entity.CaseOutcome;

/** How a case ended, and a note saying why. */
public record Closing(
        @NotNull(message = "{case.outcome.required}") CaseOutcome outcome,
        @NotBlank(message = "{case.closing-note.required}") @Size(max = 2000, message = "{field.too-long}") String note,
        @NotNull(message = "{version.required}") Long version) {
}
