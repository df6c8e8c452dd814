package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The police registration of the student's family as dysfunctional, seen from one child of that family. */
public class FamilyRegistrationSignal implements Signal {

    private final long registrationId;
    private final long studentId;
    private final long familyId;
    private final LocalDate registeredOn;
    private final LocalDate removedOn;

    public FamilyRegistrationSignal(long registrationId, long studentId, long familyId, LocalDate registeredOn,
                                    LocalDate removedOn) {
        this.registrationId = registrationId;
        this.studentId = studentId;
        this.familyId = familyId;
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

    public long getFamilyId() {
        return familyId;
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
        return new Evidence(EvidenceKind.FAMILY_REGISTRATION, registrationId);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("familyRegistration", registrationId);
        seen.put("family", familyId);
        seen.put("registeredOn", registeredOn.toString());
        if (removedOn != null) {
            seen.put("removedOn", removedOn.toString());
        }
        return seen;
    }

    @Override
    public double weight(Thresholds thresholds) {
        return thresholds.getEw09WeightFamilyRegistration();
    }

    @Override
    public StaffRole calls() {
        return StaffRole.SOCIAL_PEDAGOGUE;
    }
}
