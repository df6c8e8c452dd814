package kz.qorgau.families.control;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.UniqueElements;

import kz.qorgau.families.entity.SocialFlag;

/**
 * The address and social flags of a family, stated in full, with the version of the record the client read: a
 * change made on an out-of-date copy would silently undo someone else's.
 */
public record FamilyChange(
        @NotBlank(message = "{family.address.required}") @Size(max = 300, message = "{field.too-long}") String address,
        @UniqueElements(message = "{field.duplicate-items}") List<SocialFlag> flags,
        @NotNull(message = "{family.version.required}") Long version) {

    public FamilyChange {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
