package kz.qorgau.surveys.control;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import kz.qorgau.schools.control.Names;

/**
 * A scale of a new instrument: the code the spreadsheets use in their {@code scale} column, and whether it measures
 * suicide risk (rule EW-03 reads only those scales; absent means no).
 */
public record NewScale(
        @NotBlank(message = "{survey.scale.code.required}")
        @Pattern(regexp = "[a-z][a-z0-9_-]{0,49}", message = "{survey.scale.code.format}") String code,
        @NotNull(message = "{name.required}") @Valid Names name,
        @NotNull(message = "{survey.scale.threshold.required}") BigDecimal threshold,
        @NotNull(message = "{survey.scale.max-score.required}") BigDecimal maxScore,
        Boolean suicideRisk) {
}
