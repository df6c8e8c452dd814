package kz.qorgau.police.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.police.entity.RaidReason;

/** What an inspector writes down when a raid brought a student to a police station. */
public record NewRaidDelivery(
        @NotNull(message = "{raid.date.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate date,
        @NotNull(message = "{raid.reason.required}") RaidReason reason,
        @NotBlank(message = "{raid.police-unit.required}") @Size(max = 200, message = "{field.too-long}") String policeUnit) {
}
