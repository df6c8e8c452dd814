package kz.qorgau.incidents.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.incidents.entity.IncidentSeverity;
import kz.qorgau.platform.PlausibleDate;

/** An incident as reported for one student: when, what, and the student's part in it. */
public record IncidentReport(
        @NotNull(message = "{incident.date.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate date,
        @NotNull(message = "{incident.type.required}") IncidentType type,
        @NotNull(message = "{incident.role.required}") ParticipantRole role,
        IncidentSource source) {

    /** Reported by the school unless said otherwise. */
    public IncidentReport {
        source = source == null ? IncidentSource.SCHOOL : source;
    }

    /**
     * The full incident this minimal form stands for: of moderate severity, and neither the time nor the place is
     * known.
     */
    NewIncident asIncidentOf(long studentId) {
        return new NewIncident(date, null, null, null, type, IncidentSeverity.MODERATE, source, null,
                List.of(new NewParticipant(studentId, role)));
    }
}
