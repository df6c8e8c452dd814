package kz.qorgau.incidents.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.incidents.entity.IncidentSeverity;
import kz.qorgau.earlywarning.rules.IncidentSource;

/** An incident from the point of view of one participant. */
public record IncidentView(long id, long studentId, LocalDate date, IncidentType type, ParticipantRole role,
                           String recordedBy, LocalTime time, Boolean onSchoolGrounds, String location,
                           IncidentSeverity severity, IncidentSource source, String description)
                           implements Serializable {
}
