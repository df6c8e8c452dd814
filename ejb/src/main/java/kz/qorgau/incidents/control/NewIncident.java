package kz.qorgau.incidents.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.incidents.entity.IncidentSeverity;
import kz.qorgau.platform.PlausibleDate;

/**
 * An incident as reported in full: when and where, what and how grave, who brought it to light, and every student
 * who took part. The time of day is optional: a report from a parent often knows only the day.
 */
public record NewIncident(
        @NotNull(message = "{incident.date.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate date,
        LocalTime time,
        @NotNull(message = "{incident.on-school-grounds.required}") Boolean onSchoolGrounds,
        @Size(max = 300, message = "{field.too-long}") String location,
        @NotNull(message = "{incident.type.required}") IncidentType type,
        @NotNull(message = "{incident.severity.required}") IncidentSeverity severity,
        @NotNull(message = "{incident.source.required}") IncidentSource source,
        @Size(max = 4000, message = "{field.too-long}") String description,
        @NotEmpty(message = "{incident.participants.required}") List<@NotNull(message = "{incident.participants.required}") @Valid NewParticipant> participants) {

    public NewIncident {
        participants = participants == null ? List.of() : participants;
    }
}
