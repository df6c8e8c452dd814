package kz.qorgau.police.entity;

/** Why a juvenile police inspector put a student on the register. */
public enum RegistrationReason {
    OFFENSE,
    ADMINISTRATIVE_OFFENSE,
    SUBSTANCE_USE,
    RUNAWAY,
    VAGRANCY,
    ANTISOCIAL_BEHAVIOUR,
    OTHER
}
