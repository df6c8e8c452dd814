package kz.qorgau.students.entity;

public enum StudentStatus {
    ACTIVE,
    TRANSFERRED,
    GRADUATED,
    LEFT,
    /** The file was merged into another of the same child (duplicates feature); only an undo changes it. */
    MERGED
}
