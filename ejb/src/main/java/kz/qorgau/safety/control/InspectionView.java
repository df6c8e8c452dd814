package kz.qorgau.safety.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.Inspection;

/**
 * An inspection with its findings, the prescriptions it gave, and the prescriptions already open that the defects it
 * found again stand on instead of new ones.
 */
public record InspectionView(long id, long schoolId, LocalDate visitedOn, String inspector, String remarks,
                             Instant recordedAt, List<FindingView> findings, List<PrescriptionView> prescriptions,
                             List<PrescriptionView> linkedPrescriptions) implements Serializable {

    /**
     * One line of the inspection; {@code linkedPrescriptionId} is the prescription already open on the item, which
     * {@code prescriptionRemedied} says whether the inspector found remedied (for an item in order).
     */
    public record FindingView(ChecklistItem item, Finding finding, String remarks, Long linkedPrescriptionId,
                              Boolean prescriptionRemedied) implements Serializable {
    }

    static InspectionView of(Inspection i, List<PrescriptionView> prescriptions, List<PrescriptionView> linked) {
        return new InspectionView(i.getId(), i.getSchool().getId(), i.getVisitedOn(), i.getInspector(), i.getRemarks(),
                i.getRecordedAt(),
                i.getFindings().stream().map(f -> new FindingView(f.getItem(), f.getFinding(), f.getRemarks(),
                        f.getLinkedPrescriptionId(), f.getPrescriptionRemedied())).toList(),
                prescriptions, linked);
    }
}
