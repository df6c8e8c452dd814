package kz.qorgau.safety.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.Inspection;

/** An inspection with its findings and the prescriptions it gave. */
public record InspectionView(long id, long schoolId, LocalDate visitedOn, String inspector, String remarks,
                             Instant recordedAt, List<FindingView> findings, List<PrescriptionView> prescriptions) {

    /** One line of the inspection. */
    public record FindingView(ChecklistItem item, Finding finding, String remarks) {
    }

    static InspectionView of(Inspection i, List<PrescriptionView> prescriptions) {
        return new InspectionView(i.getId(), i.getSchool().getId(), i.getVisitedOn(), i.getInspector(), i.getRemarks(),
                i.getRecordedAt(),
                i.getFindings().stream().map(f -> new FindingView(f.getItem(), f.getFinding(), f.getRemarks())).toList(),
                prescriptions);
    }
}
