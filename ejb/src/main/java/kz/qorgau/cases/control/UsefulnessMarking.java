package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An assignee's answer to "was this warning useful?", with an optional note. */
public record UsefulnessMarking(
        @NotNull(message = "{case.reason.useful.required}") Boolean useful,
        @Size(max = 1000, message = "{field.too-long}") String note,
        @NotNull(message = "{version.required}") Long version) {
}
