package kz.qorgau.audit.entity;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    BREAK_GLASS,
    /** Text the server had stored garbled, corrected (migration 23). */
    REPAIR
}
