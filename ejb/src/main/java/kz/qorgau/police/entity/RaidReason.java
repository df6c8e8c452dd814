package kz.qorgau.police.entity;

/** Why a raid brought a student to a police station. */
public enum RaidReason {
    /** Out at night without an adult, against the curfew for minors. */
    CURFEW,
    ALCOHOL,
    SUBSTANCE_USE,
    VAGRANCY,
    OFFENSE,
    OTHER
}
