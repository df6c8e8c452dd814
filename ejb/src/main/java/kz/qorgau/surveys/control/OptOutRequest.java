package kz.qorgau.surveys.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A parent's refusal of surveys for their child, with the reason as the parent gave it. */
public record OptOutRequest(
        @NotBlank(message = "{survey.opt-out.reason.required}")
        @Size(max = 1000, message = "{field.too-long}") String reason) {
}
