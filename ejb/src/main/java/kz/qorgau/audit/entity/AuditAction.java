package kz.qorgau.audit.entity;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    BREAK_GLASS
}
