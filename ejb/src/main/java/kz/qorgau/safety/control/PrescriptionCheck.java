package kz.qorgau.safety.control;

import java.time.Instant;

/** What one run of the prescription deadline check did: how many overdue prescriptions it escalated. */
public record PrescriptionCheck(Instant checkedAt, int escalated) {
}
