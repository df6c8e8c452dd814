package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Map;

/** A student's registration with the juvenile police, active from its start until its removal. */
public class PoliceRegistrationSignal extends RegistrationSignal {

    public PoliceRegistrationSignal(long registrationId, long studentId, LocalDate registeredOn, LocalDate removedOn) {
        super(registrationId, studentId, registeredOn, removedOn);
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.POLICE_REGISTRATION, getRegistrationId());
    }

    @Override
    public Map<String, Object> snapshot() {
        return snapshot("policeRegistration");
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
