package kz.qorgau.incidents.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kz.qorgau.earlywarning.rules.ParticipantRole;

/** A student and the part they played in an incident. */
@Embeddable
public class Participant {

    private Long studentId;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    protected Participant() {
    }

    public Participant(long studentId, ParticipantRole role) {
        this.studentId = studentId;
        this.role = role;
    }

    public Long getStudentId() {
        return studentId;
    }

    public ParticipantRole getRole() {
        return role;
    }
}
