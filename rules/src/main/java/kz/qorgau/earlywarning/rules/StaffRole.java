package kz.qorgau.earlywarning.rules;

/**
 * The school staff a rule asks to act, and the school's administrator, who hears of a case when nobody holds a
 * role it needs (EW-12); each school designates people for these roles.
 */
public enum StaffRole {
    PSYCHOLOGIST,
    SOCIAL_PEDAGOGUE,
    INSPECTOR,
    SCHOOL_ADMIN
}
