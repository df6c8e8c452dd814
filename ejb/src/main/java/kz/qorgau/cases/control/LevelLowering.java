package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.earlywarning.rules.Level;

/** A lower level for a case, which only a person sets, and only with a written justification. */
public record LevelLowering(
        @NotNull(message = "{case.level.required}") Level level,
        @NotBlank(message = "{case.level.justification.required}") @Size(max = 2000, message = "{field.too-long}") String justification,
        @NotNull(message = "{version.required}") Long version) {
}
