package kz.qorgau.referrals.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.referrals.entity.ConsentManner;

/**
 * A guardian's consent as it is written down, or with {@code withdrawal} its withdrawal. The witness is required for a
 * verbal consent.
 */
public record NewConsent(
        @NotBlank(message = "{consent.guardian.required}") @Size(max = 300, message = "{field.too-long}") String guardianName,
        @NotNull(message = "{consent.given-on.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate givenOn,
        @NotNull(message = "{consent.how.required}") ConsentManner how,
        @Size(max = 300, message = "{field.too-long}") String witness,
        Boolean withdrawal) {
}
