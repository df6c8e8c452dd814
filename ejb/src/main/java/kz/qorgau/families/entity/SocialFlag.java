package kz.qorgau.families.entity;

/** The social circumstances of a family that the school and the guardianship bodies take into account. */
public enum SocialFlag {
    LARGE_FAMILY,
    LOW_INCOME,
    SINGLE_PARENT,
    UNDER_GUARDIANSHIP,
    DISABILITY_IN_FAMILY
}
