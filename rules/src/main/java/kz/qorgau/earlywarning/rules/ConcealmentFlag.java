package kz.qorgau.earlywarning.rules;

/**
 * Rule EW-11's flag: the police or a raid recorded an incident that concerns the school and the school itself
 * reported none for that student. A flag for the coordinator and the ombudsman to look at, not a case.
 */
public record ConcealmentFlag(String ruleId, long studentId, long schoolId, long incidentId) {
}
