package kz.qorgau.students.entity;

public enum Sex {
    MALE,
    FEMALE
}
