package kz.qorgau.students.entity;

public enum StudentStatus {
    ACTIVE,
    TRANSFERRED,
    GRADUATED,
    LEFT
}
