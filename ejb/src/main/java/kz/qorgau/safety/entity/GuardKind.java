package kz.qorgau.safety.entity;

/** Who guards the school: a licensed security company under contract, the school's own watchman, or nobody. */
public enum GuardKind {
    SECURITY_COMPANY,
    WATCHMAN,
    NONE
}
