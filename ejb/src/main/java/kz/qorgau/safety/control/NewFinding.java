package kz.qorgau.safety.control;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;

/**
 * One line of an inspection as sent: the item, what was found (OK, DEFECT, MISSING), remarks saying what the
 * school must do (required for a defect or a missing item, unless a prescription is still open on the item, whose
 * requirement then stands), for a defect or a missing item the deadline of its prescription (a month when left out),
 * and, for an item found OK whose prescription is still open, whether that prescription was remedied (required
 * when it is overdue; true closes it).
 */
public record NewFinding(
        String item,
        String finding,
        @Size(max = 1000, message = "{field.too-long}") String remarks,
        @PlausibleDate LocalDate deadline,
        Boolean prescriptionRemedied) {

    ChecklistItem checklistItem() {
        return Choices.of(ChecklistItem.class, "item", item);
    }

    Finding found() {
        return Choices.of(Finding.class, "finding", finding);
    }
}
