package kz.qorgau.safety.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A school's safety profile stated in full, with the version the client read: an edit of an out-of-date copy
 * would silently undo someone else's, or an inspection's.
 */
public record ProfileChange(
        @NotNull(message = "{safety.profile.required}") @Valid SafetyFacts profile,
        @NotNull(message = "{version.required}") Long version) {
}
