package kz.qorgau.safety.control;

import java.time.Instant;
import java.time.LocalDate;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.PrescriptionStatus;

/**
 * A prescription waiting for the reader, beside the cases of the inbox: {@code due} is the end of its deadline
 * day in Kazakhstan, so that the two kinds sort together.
 */
public record PrescriptionInboxItem(String kind, long prescriptionId, long schoolId, String schoolName,
                                    ChecklistItem item, Finding finding, PrescriptionStatus status, LocalDate deadline,
                                    Instant due, boolean overdue, Instant escalatedAt) {

    public static final String KIND = "PRESCRIPTION";
}
