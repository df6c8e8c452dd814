package kz.qorgau.families.control;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.families.entity.SocialFlag;

/** A request to open a family record at a school. */
public record NewFamily(
        @NotNull(message = "{family.school.required}") Long schoolId,
        @NotBlank(message = "{family.address.required}") @Size(max = 300, message = "{field.too-long}") String address,
        Set<SocialFlag> flags) {

    public NewFamily {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
