package kz.qorgau.earlywarning.rules;

/** The fixed taxonomy of risk indicators a psychologist records in a session. */
public enum RiskIndicator {
    SUICIDAL_IDEATION,
    SELF_HARM,
    BULLYING_VICTIM,
    AGGRESSION,
    DEPRESSION_SIGNS,
    FAMILY_CONFLICT,
    ABUSE_SUSPICION,
    SUBSTANCE_USE,
    ONLINE_THREATS,
    RUNAWAY_RISK
}
