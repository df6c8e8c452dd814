package kz.qorgau.safety.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.PrescriptionStatus;

/** A prescription with its whole course: remedy, rejection, closure, escalation, and the evidence attached. */
public record PrescriptionView(long id, long inspectionId, long schoolId, ChecklistItem item, Finding finding,
                               String requirement, LocalDate issuedOn, LocalDate deadline, PrescriptionStatus status,
                               boolean overdue, String remedyNote, String remediedBy, Instant remediedAt,
                               String rejectionReason, String rejectedBy, Instant rejectedAt, String closedBy,
                               Instant closedAt, Instant escalatedAt, List<EvidenceView> evidence, long version)
                               implements Serializable {

    static PrescriptionView of(Prescription p, LocalDate today, List<EvidenceView> evidence) {
        return new PrescriptionView(p.getId(), p.getInspection().getId(), p.getSchool().getId(), p.getItem(),
                p.getFinding(), p.getRequirement(), p.getIssuedOn(), p.getDeadline(), p.getStatus(),
                p.isOverdueOn(today), p.getRemedyNote(), p.getRemediedBy(), p.getRemediedAt(), p.getRejectionReason(),
                p.getRejectedBy(), p.getRejectedAt(), p.getClosedBy(), p.getClosedAt(), p.getEscalatedAt(),
                List.copyOf(evidence), p.getVersion());
    }
}
