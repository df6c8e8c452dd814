package kz.qorgau.families.entity;

/** Who a guardian is to the children of the family. */
public enum GuardianRelation {
    MOTHER,
    FATHER,
    STEPMOTHER,
    STEPFATHER,
    GRANDPARENT,
    SIBLING,
    GUARDIAN,
    OTHER
}
