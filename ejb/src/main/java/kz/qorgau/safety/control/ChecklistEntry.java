package kz.qorgau.safety.control;

import java.io.Serializable;
import java.time.LocalDate;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.PrescriptionStatus;

/**
 * One item an inspection must check, with what the profile says the inspector should find and the prescription still
 * open on it (null when none is): a defect found again stands on that one, and an item found in order while it is
 * overdue needs the inspector to say whether it was remedied.
 */
public record ChecklistEntry(ChecklistItem item, Finding asRecorded, OpenPrescription openPrescription) {

    public ChecklistEntry(ChecklistItem item, Finding asRecorded) {
        this(item, asRecorded, null);
    }

    ChecklistEntry with(OpenPrescription open) {
        return new ChecklistEntry(item, asRecorded, open);
    }

    /** The prescription not yet closed on an item. */
    public record OpenPrescription(long id, String requirement, LocalDate issuedOn, LocalDate deadline,
                                   PrescriptionStatus status, boolean overdue) implements Serializable {

        static OpenPrescription of(Prescription p, LocalDate today) {
            return new OpenPrescription(p.getId(), p.getRequirement(), p.getIssuedOn(), p.getDeadline(), p.getStatus(),
                    p.isOverdueOn(today));
        }
    }
}
