package kz.qorgau.families.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;

/** An inspector's decision to take a family off the police register: on which day and on what grounds. */
public record PoliceRemoval(
        @NotNull(message = "{police.removed-on.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate removedOn,
        @NotBlank(message = "{police.removal-reason.required}") @Size(max = 1000, message = "{field.too-long}") String reason) {
}
