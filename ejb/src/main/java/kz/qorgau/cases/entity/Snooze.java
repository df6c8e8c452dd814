package kz.qorgau.cases.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kz.qorgau.earlywarning.rules.Level;

/**
 * A reason put to rest until a day, for a stated reason: its rule does not raise the student's case again before
 * then, unless it finds more than the level it had when snoozed.
 */
@Embeddable
public record Snooze(LocalDate snoozedUntil, String snoozeReason,
                     @Enumerated(EnumType.STRING) Level snoozedLevel, String snoozedBy, Instant snoozedAt) {

    /** The snooze holds through its last day. */
    public boolean holdsOn(LocalDate day) {
        return !day.isAfter(snoozedUntil);
    }
}
