package kz.qorgau.hotline.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.platform.PlausibleDate;

/** Triage into an incident: the child it happened to or who did it, their part, and when it happened. */
public record IncidentTriage(
        @NotNull(message = "{hotline.student.required}") Long studentId,
        @NotNull(message = "{incident.role.required}") ParticipantRole role,
        @NotNull(message = "{incident.date.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate date) {
}
