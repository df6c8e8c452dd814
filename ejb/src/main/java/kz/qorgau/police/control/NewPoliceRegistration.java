package kz.qorgau.police.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.police.entity.RegistrationReason;

/** What an inspector writes down when putting a student on the police register. */
public record NewPoliceRegistration(
        @NotNull(message = "{police.reason.required}") RegistrationReason reason,
        @NotNull(message = "{police.registered-on.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate registeredOn,
        @NotNull(message = "{police.review-on.required}") @PlausibleDate LocalDate reviewOn,
        @NotBlank(message = "{police.basis-document.required}") @Size(max = 50, message = "{police.basis-document.too-long}") String basisDocument,
        @Size(max = 4000, message = "{field.too-long}") String note) {
}
