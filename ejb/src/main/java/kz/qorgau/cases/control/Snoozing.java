package kz.qorgau.cases.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;

/** A reason put to rest through a day, for a written reason, sent with the version of the case read. */
public record Snoozing(
        @NotNull(message = "{case.reason.snooze.until.required}") @PlausibleDate LocalDate until,
        @NotBlank(message = "{case.reason.snooze.reason.required}") @Size(max = 1000, message = "{field.too-long}") String reason,
        @NotNull(message = "{version.required}") Long version) {
}
