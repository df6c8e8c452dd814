package kz.qorgau.incidents.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.incidents.entity.Incident;
import kz.qorgau.incidents.entity.IncidentSeverity;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.safety.control.SchoolSafetySnapshot;

/**
 * A whole incident as one caller may see it: the participants are only those whose files the caller may open, so
 * that an incident shared by two schools names no child to the other school. For an incident on school grounds,
 * {@code schoolSafety} shows the safety of those participants' schools as it was when it happened.
 */
public record IncidentDetails(long id, LocalDate date, LocalTime time, Boolean onSchoolGrounds, String location,
                              IncidentType type, IncidentSeverity severity, IncidentSource source, String description,
                              List<VisibleParticipant> participants, String recordedBy, Instant recordedAt,
                              List<SchoolSafetySnapshot> schoolSafety) {

    /** A participant the caller may see. */
    public record VisibleParticipant(long studentId, String lastName, String firstName, ParticipantRole role) {
    }

    static IncidentDetails of(Incident i, List<VisibleParticipant> visible, List<SchoolSafetySnapshot> schoolSafety) {
        return new IncidentDetails(i.getId(), i.getOccurredOn(), i.getTimeOfDay(), i.getOnSchoolGrounds(),
                i.getLocation(), i.getType(), i.getSeverity(), i.getSource(), i.getDescription(), List.copyOf(visible),
                i.getRecordedBy(), i.getRecordedAt(), List.copyOf(schoolSafety));
    }
}
