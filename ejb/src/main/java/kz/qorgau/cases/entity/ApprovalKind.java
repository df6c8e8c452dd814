package kz.qorgau.cases.entity;

/** The steps on a HIGH or CRITICAL case that wait for a supervisor's approval. */
public enum ApprovalKind {
    CLOSE, LOWER_LEVEL
}
