package kz.qorgau.earlywarning.rules;

/**
 * An open concealment flag the school answered after all: its own report of an incident of the student within the
 * rule's window of the police's one, recorded after the flag was raised.
 */
public record FlagWithdrawal(String ruleId, long studentId, long incidentId, long schoolIncidentId) {
}
