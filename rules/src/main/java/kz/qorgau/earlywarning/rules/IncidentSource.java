package kz.qorgau.earlywarning.rules;

/** Who brought the incident to light: the concealment rule (EW-11) compares police sources with the school's. */
public enum IncidentSource {
    SCHOOL,
    POLICE,
    RAID,
    HOTLINE,
    PARENT,
    MEDICAL
}
