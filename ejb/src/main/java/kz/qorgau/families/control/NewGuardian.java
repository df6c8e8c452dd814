package kz.qorgau.families.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.families.entity.GuardianRelation;

/** A guardian to record in a family. The phone is optional; when given it must be a Kazakh number. */
public record NewGuardian(
        @NotBlank(message = "{guardian.last-name.required}") @Size(max = 100, message = "{field.too-long}") String lastName,
        @NotBlank(message = "{guardian.first-name.required}") @Size(max = 100, message = "{field.too-long}") String firstName,
        @Size(max = 100, message = "{field.too-long}") String middleName,
        @NotBlank(message = "{guardian.iin.required}") String iin,
        @NotNull(message = "{guardian.relation.required}") GuardianRelation relation,
        @Size(max = 30, message = "{field.too-long}") String phone) {
}
