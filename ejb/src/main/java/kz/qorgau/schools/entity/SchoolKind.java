package kz.qorgau.schools.entity;

/** The kinds of educational organisation Qorgau serves. */
public enum SchoolKind {
    SCHOOL,
    KINDERGARTEN,
    COLLEGE
}
