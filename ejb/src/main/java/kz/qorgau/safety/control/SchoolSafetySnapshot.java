package kz.qorgau.safety.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;

/**
 * A school's safety as it was at a past moment: its profile then ({@code null} when none was recorded yet) and
 * the prescriptions open then, each overdue or not on that day.
 */
public record SchoolSafetySnapshot(long schoolId, Instant at, SafetyFacts profile,
                                   List<OpenPrescription> openPrescriptions) {

    /** A prescription open at the moment. */
    public record OpenPrescription(long id, ChecklistItem item, Finding finding, String requirement,
                                   LocalDate issuedOn, LocalDate deadline, boolean overdue) {
    }
}
