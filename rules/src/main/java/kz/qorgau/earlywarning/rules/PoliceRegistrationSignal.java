package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A student's registration with the juvenile police, active from its start until its removal. */
public class PoliceRegistrationSignal implements Signal {

    private final long registrationId;
    private final long studentId;
    private final LocalDate registeredOn;
    private final LocalDate removedOn;

    public PoliceRegistrationSignal(long registrationId, long studentId, LocalDate registeredOn, LocalDate removedOn) {
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

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.POLICE_REGISTRATION, registrationId);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("policeRegistration", registrationId);
        seen.put("registeredOn", registeredOn.toString());
        if (removedOn != null) {
            seen.put("removedOn", removedOn.toString());
        }
        return seen;
    }

    @Override
    public double weight(Thresholds thresholds) {
        return thresholds.getEw09WeightPoliceRegistration();
    }

    @Override
    public StaffRole calls() {
        return StaffRole.INSPECTOR;
    }
}
