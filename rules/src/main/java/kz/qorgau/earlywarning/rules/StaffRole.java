package kz.qorgau.earlywarning.rules;

/** The school staff a rule asks to act; each school designates people for these roles. */
public enum StaffRole {
    PSYCHOLOGIST,
    SOCIAL_PEDAGOGUE,
    INSPECTOR
}
