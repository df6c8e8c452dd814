package kz.qorgau.incidents.control;

import jakarta.validation.constraints.NotNull;

import kz.qorgau.earlywarning.rules.ParticipantRole;

/** A student named in an incident report, with the part they played. */
public record NewParticipant(
        @NotNull(message = "{incident.participant.student.required}") Long studentId,
        @NotNull(message = "{incident.role.required}") ParticipantRole role) {
}
