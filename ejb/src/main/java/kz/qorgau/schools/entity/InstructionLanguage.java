package kz.qorgau.schools.entity;

/** The language a school teaches in; rule quality compares how often the rules raise children across them. */
public enum InstructionLanguage {
    KAZAKH,
    RUSSIAN,
    /** Classes in Kazakh and classes in Russian under one roof. */
    MIXED,
    OTHER
}
