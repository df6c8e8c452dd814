package kz.qorgau.police.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.police.entity.RemovalGround;

/** Taking a student off the police register: when, on which ground, and optionally why in words. */
public record Removal(
        @NotNull(message = "{police.removal.date.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate date,
        @NotNull(message = "{police.removal.ground.required}") RemovalGround ground,
        @Size(max = 4000, message = "{field.too-long}") String note) {
}
