package kz.qorgau.hotline.entity;

/** Who called, as far as they said; ANONYMOUS when they would not say. Never who they are. */
public enum CallerKind {
    CHILD,
    PARENT,
    TEACHER,
    NEIGHBOUR,
    ANONYMOUS,
    OTHER
}
