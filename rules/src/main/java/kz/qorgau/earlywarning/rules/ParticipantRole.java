package kz.qorgau.earlywarning.rules;

/** The part a student played in an incident. */
public enum ParticipantRole {
    PERPETRATOR,
    VICTIM,
    WITNESS
}
