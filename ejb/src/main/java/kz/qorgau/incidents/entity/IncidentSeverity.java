package kz.qorgau.incidents.entity;

/** How grave an incident is, as the person who recorded it judged. */
public enum IncidentSeverity {
    LOW,
    MODERATE,
    SEVERE,
    CRITICAL
}
