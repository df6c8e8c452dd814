package kz.qorgau.schools.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A district, with the national (KATO) code an administrator takes from the classifier. */
public record NewDistrict(
        @NotNull(message = "{district.id.required}") @Positive(message = "{reference.id.positive}") Long id,
        @NotNull(message = "{district.region.required}") Long regionId,
        @NotNull(message = "{name.required}") @Valid Names name) {
}
