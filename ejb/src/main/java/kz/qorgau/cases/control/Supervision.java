package kz.qorgau.cases.control;

import java.util.Optional;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.security.Caller;

/**
 * What waits for approval (docs/PRODUCT.md section 4, "Supervision"): closing a HIGH or CRITICAL case or lowering its
 * level is a worker's request to their supervisor ({@link Supervisors}); the supervisors themselves decide at once.
 */
final class Supervision {

    private Supervision() {
    }

    /** The role whose approval the change waits for, or empty when it is made at once. */
    static Optional<String> approverOf(EarlyWarningCase c, Caller caller, Supervisors supervisors) {
        return c.getLevel().isAbove(Level.MEDIUM) ? supervisors.of(caller) : Optional.empty();
    }

    /** A supervisor decides the waiting request rather than going round it. */
    static void requireNonePending(EarlyWarningCase c) {
        if (c.pendingApproval().isPresent()) {
            throw new DuplicateRecord("approval.pending", c.getId());
        }
    }
}
