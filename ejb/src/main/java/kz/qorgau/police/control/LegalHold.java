package kz.qorgau.police.control;

import jakarta.validation.constraints.NotNull;

/** Placing ({@code held: true}) or lifting ({@code held: false}) a legal hold on a registration. */
public record LegalHold(@NotNull(message = "{police.legal-hold.held.required}") Boolean held) {
}
