package kz.qorgau.concealment.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kz.qorgau.concealment.entity.ConcealmentStatus;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;

/**
 * A possible concealment with its evidence: the incident the police or a raid recorded, and the school that did
 * not report it, with the explanation in the reader's language; where the flag stands, and its history.
 */
public record ConcealmentView(long id, String ruleId, Instant raisedAt, long studentId, long schoolId,
                              String schoolName, long incidentId, LocalDate incidentDate, LocalTime incidentTime,
                              IncidentType incidentType, IncidentSource incidentSource, Boolean onSchoolGrounds,
                              String explanation, ConcealmentStatus status, Instant statusAt, String statusBy,
                              int version, List<ConcealmentEventView> history) {
}
