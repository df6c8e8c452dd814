package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A registration with the police, active from its start until its removal: of the student, or of the family. */
public abstract class RegistrationSignal implements Signal {

    private final long registrationId;
    private final long studentId;
    private final LocalDate registeredOn;
    private final LocalDate removedOn;

    protected RegistrationSignal(long registrationId, long studentId, LocalDate registeredOn, LocalDate removedOn) {
        this.registrationId = registrationId;
        this.studentId = studentId;
        this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
        this.removedOn = removedOn;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    @Override
    public long getStudentId() {
        return studentId;
    }

    /** The day of registration. */
    @Override
    public LocalDate getDate() {
        return registeredOn;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public boolean isActiveOn(LocalDate day) {
        return !registeredOn.isAfter(day) && (removedOn == null || removedOn.isAfter(day));
    }

    /** The registration's dates under the name of its kind of record. */
    protected Map<String, Object> snapshot(String kind) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put(kind, registrationId);
        seen.put("registeredOn", registeredOn.toString());
        if (removedOn != null) {
            seen.put("removedOn", removedOn.toString());
        }
        return seen;
    }
}
