package kz.qorgau.safety.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the inspector does not accept a remedy: the school reads it to know what is still wrong. */
public record Rejection(
        @NotBlank(message = "{safety.rejection.reason-required}") @Size(max = 1000, message = "{field.too-long}")
        String reason) {
}
