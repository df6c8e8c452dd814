package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request sent back to the worker, with the supervisor's comment. */
public record SendingBack(
        @NotBlank(message = "{approval.comment.required}") @Size(max = 2000, message = "{field.too-long}") String comment) {
}
