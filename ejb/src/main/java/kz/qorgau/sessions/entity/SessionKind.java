package kz.qorgau.sessions.entity;

public enum SessionKind {
    INDIVIDUAL,
    GROUP,
    FAMILY,
    DIAGNOSTIC
}
