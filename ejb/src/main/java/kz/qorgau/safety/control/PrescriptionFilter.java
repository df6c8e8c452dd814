package kz.qorgau.safety.control;

import kz.qorgau.safety.entity.PrescriptionStatus;

/** Which prescriptions to list; every part optional. {@code overdue} means still open past the deadline. */
public record PrescriptionFilter(Long schoolId, PrescriptionStatus status, Boolean overdue) {
}
