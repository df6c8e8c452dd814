package kz.qorgau.incidents.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;

/** An incident as reported for one student: when, what, and the student's part in it. */
public record IncidentReport(
        @NotNull(message = "{incident.date.required}") @PastOrPresent(message = "{date.in-future}") LocalDate date,
        @NotNull(message = "{incident.type.required}") IncidentType type,
        @NotNull(message = "{incident.role.required}") ParticipantRole role) {
}
