package kz.qorgau.safety.entity;

/**
 * OPEN until the school reports its remedy, REMEDIED while the inspector reviews it, CLOSED once accepted; a
 * rejected remedy puts the prescription back to OPEN.
 */
public enum PrescriptionStatus {
    OPEN,
    REMEDIED,
    CLOSED
}
