package kz.qorgau.schools.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import kz.qorgau.schools.entity.InstructionLanguage;
import kz.qorgau.schools.entity.SchoolKind;

/** An educational organisation, with its code in the national education database; the language is optional. */
public record NewSchool(
        @NotNull(message = "{school.id.required}") @Positive(message = "{reference.id.positive}") Long id,
        @NotNull(message = "{school.district.required}") Long districtId,
        @NotNull(message = "{school.kind.required}") SchoolKind kind,
        @NotNull(message = "{name.required}") @Valid Names name,
        InstructionLanguage instructionLanguage) {
}
