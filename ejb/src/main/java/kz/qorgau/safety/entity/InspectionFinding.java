package kz.qorgau.safety.entity;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of an inspection: the item checked, what was found, and the inspector's remarks. */
@Embeddable
public class InspectionFinding {

    @Enumerated(EnumType.STRING)
    private ChecklistItem item;

    @Enumerated(EnumType.STRING)
    private Finding finding;

    private String remarks;

    protected InspectionFinding() {
    }

    public InspectionFinding(ChecklistItem item, Finding finding, String remarks) {
        this.item = Objects.requireNonNull(item, "item");
        this.finding = Objects.requireNonNull(finding, "finding");
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
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
}
