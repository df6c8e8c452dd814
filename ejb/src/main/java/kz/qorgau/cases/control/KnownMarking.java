package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "Already known": what the people of the case knew already, sent with the version of the case read. */
public record KnownMarking(
        @NotBlank(message = "{case.reason.known.note.required}") @Size(max = 1000, message = "{field.too-long}") String note,
        @NotNull(message = "{version.required}") Long version) {
}
