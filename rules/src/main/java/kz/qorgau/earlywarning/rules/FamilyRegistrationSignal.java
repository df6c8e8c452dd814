package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Map;

/** The police registration of the student's family as dysfunctional, seen from one child of that family. */
public class FamilyRegistrationSignal extends RegistrationSignal {

    private final long familyId;

    public FamilyRegistrationSignal(long registrationId, long studentId, long familyId, LocalDate registeredOn,
                                    LocalDate removedOn) {
        super(registrationId, studentId, registeredOn, removedOn);
        this.familyId = familyId;
    }

    public long getFamilyId() {
        return familyId;
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.FAMILY_REGISTRATION, getRegistrationId());
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> seen = snapshot("familyRegistration");
        seen.put("family", familyId);
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
