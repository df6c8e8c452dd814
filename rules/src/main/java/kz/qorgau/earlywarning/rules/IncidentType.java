package kz.qorgau.earlywarning.rules;

/** The fixed taxonomy of incidents. */
public enum IncidentType {
    FIGHT,
    BULLYING,
    CYBERBULLYING,
    THEFT,
    VANDALISM,
    SUBSTANCE_USE,
    SELF_HARM_ATTEMPT,
    RUNAWAY,
    DOMESTIC_VIOLENCE,
    SEXUAL_VIOLENCE,
    OTHER_OFFENSE
}
