package kz.qorgau.hotline.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing a report without an incident or a case needs the reason in words, for whoever reviews the line. */
public record Closure(
        @NotBlank(message = "{hotline.closure.reason.required}") @Size(max = 4000, message = "{field.too-long}") String reason) {
}
