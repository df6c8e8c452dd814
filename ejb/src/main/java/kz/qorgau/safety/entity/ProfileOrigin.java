package kz.qorgau.safety.entity;

/** Why a safety profile changed: someone edited it, or an inspection's findings corrected it. */
public enum ProfileOrigin {
    EDIT,
    INSPECTION
}
