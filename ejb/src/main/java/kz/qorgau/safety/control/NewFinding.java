package kz.qorgau.safety.control;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.InspectionFinding;

/**
 * One line of an inspection as sent: the item, what was found (OK, DEFECT, MISSING), remarks saying what the
 * school must do, and for a defect or a missing item the deadline of its prescription (a month when left out).
 */
public record NewFinding(
        String item,
        String finding,
        @Size(max = 1000, message = "{field.too-long}") String remarks,
        @PlausibleDate LocalDate deadline) {

    InspectionFinding toFinding() {
        return new InspectionFinding(Choices.of(ChecklistItem.class, "item", item),
                Choices.of(Finding.class, "finding", finding), remarks);
    }
}
