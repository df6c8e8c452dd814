package kz.qorgau.families.control;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.UniqueElements;

import kz.qorgau.families.entity.SocialFlag;

/** A request to open a family record at a school. */
public record NewFamily(
        @NotNull(message = "{family.school.required}") Long schoolId,
        @NotBlank(message = "{family.address.required}") @Size(max = 300, message = "{field.too-long}") String address,
        @UniqueElements(message = "{field.duplicate-items}") List<SocialFlag> flags) {

    public NewFamily {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
