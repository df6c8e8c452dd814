package kz.qorgau.surveys.control;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import kz.qorgau.schools.control.Names;

/** A survey instrument with its scales. */
public record NewInstrument(
        @NotBlank(message = "{survey.instrument.code.required}")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,50}", message = "{survey.instrument.code.format}") String code,
        @NotNull(message = "{name.required}") @Valid Names name,
        @NotEmpty(message = "{survey.instrument.no-scales}") List<@NotNull @Valid NewScale> scales) {
}
