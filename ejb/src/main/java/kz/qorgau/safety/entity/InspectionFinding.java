package kz.qorgau.safety.entity;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of an inspection: the item checked, what was found, and the inspector's remarks. A line on an item whose
 * prescription is still open refers to that prescription: a defect stands on it rather than issuing another, an item
 * found in order says whether it was remedied.
 */
@Embeddable
public class InspectionFinding {

    @Enumerated(EnumType.STRING)
    private ChecklistItem item;

    @Enumerated(EnumType.STRING)
    private Finding finding;

    private String remarks;

    private Long linkedPrescriptionId;

    private Boolean prescriptionRemedied;

    protected InspectionFinding() {
    }

    public InspectionFinding(ChecklistItem item, Finding finding, String remarks) {
        this.item = Objects.requireNonNull(item, "item");
        this.finding = Objects.requireNonNull(finding, "finding");
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
    }

    /** As found, referring to the prescription still open on the item; null where there was none. */
    public InspectionFinding(ChecklistItem item, Finding finding, String remarks, Long linkedPrescriptionId,
                             Boolean prescriptionRemedied) {
        this(item, finding, remarks);
        this.linkedPrescriptionId = linkedPrescriptionId;
        this.prescriptionRemedied = prescriptionRemedied;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public Finding getFinding() {
        return finding;
    }

    public String getRemarks() {
        return remarks;
    }

    public Long getLinkedPrescriptionId() {
        return linkedPrescriptionId;
    }

    public Boolean getPrescriptionRemedied() {
        return prescriptionRemedied;
    }
}
