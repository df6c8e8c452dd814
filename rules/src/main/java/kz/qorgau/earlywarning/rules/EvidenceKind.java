package kz.qorgau.earlywarning.rules;

/** The kind of record a finding points at as its evidence. */
public enum EvidenceKind {
    SESSION,
    INCIDENT,
    SURVEY_RESULT,
    POLICE_REGISTRATION,
    RAID_DELIVERY,
    ABSENCE,
    FAMILY_REGISTRATION,
    CASE
}
