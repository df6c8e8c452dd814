package kz.qorgau.sessions.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a psychologist adds to a session's note: the note itself stays as it was written. */
public record NewAddendum(
        @NotBlank(message = "{addendum.text.required}") @Size(max = 20000, message = "{field.too-long}") String text) {
}
