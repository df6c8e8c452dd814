package kz.qorgau.duplicates.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Two files are not one child's, and how the person knows (twins, a namesake at another school). */
public record Dismissal(
        @NotBlank(message = "{duplicates.dismissal.note.required}") @Size(max = 500, message = "{field.too-long}") String note) {
}
