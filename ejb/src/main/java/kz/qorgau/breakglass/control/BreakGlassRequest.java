package kz.qorgau.breakglass.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who must be reached, and why it cannot wait for the student's own school. */
public record BreakGlassRequest(
        @NotBlank(message = "{student.iin.required}") String iin,
        @NotBlank(message = "{breakglass.reason.required}") @Size(min = 20, max = 2000, message = "{breakglass.reason.size}") String reason) {
}
