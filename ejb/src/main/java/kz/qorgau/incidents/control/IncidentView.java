package kz.qorgau.incidents.control;

import java.time.LocalDate;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;

/** An incident from the point of view of one participant. */
public record IncidentView(long id, long studentId, LocalDate date, IncidentType type, ParticipantRole role,
                           String recordedBy) {
}
