package kz.qorgau.cases.control;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.cases.entity.ContactChannel;
import kz.qorgau.platform.PlausibleDate;

/** When and how the first contact with the child or the family was made, and what came of it in a few words. */
public record FirstContact(
        @NotNull(message = "{case.first-contact.at.required}") @PlausibleDate Instant at,
        @NotNull(message = "{case.first-contact.channel.required}") ContactChannel channel,
        @NotBlank(message = "{case.first-contact.note.required}") @Size(max = 1000, message = "{field.too-long}") String note,
        @NotNull(message = "{version.required}") Long version) {
}
