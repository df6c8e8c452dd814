package kz.qorgau.duplicates.entity;

/** What became of a pair of files that look like one child's. */
public enum SuspicionStatus {
    /** Waits for someone who sees both files to decide. */
    OPEN,
    /** Not the same child: never raised again. */
    DISMISSED,
    /** Merged by a coordinator; an undo opens it again. */
    MERGED
}
