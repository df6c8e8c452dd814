package kz.qorgau.cases.entity;

/** How the first contact with the child or the family was made. */
public enum ContactChannel {
    IN_PERSON,
    HOME_VISIT,
    PHONE,
    ONLINE
}
