package kz.qorgau.families.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;

/** An inspector's decision to put a family on the police register: since when and why. */
public record PoliceRegistering(
        @NotNull(message = "{family.police.registered-on.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate registeredOn,
        @NotBlank(message = "{family.police.reason.required}") @Size(max = 1000, message = "{field.too-long}") String reason) {
}
