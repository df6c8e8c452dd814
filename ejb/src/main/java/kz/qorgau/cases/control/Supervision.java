package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.security.Caller;

/**
 * Who approves what (docs/PRODUCT.md section 4, "Supervision"): closing a HIGH or CRITICAL case or lowering its level
 * is a worker's request to their supervisor, the school's administrator for school staff and the coordinator for
 * inspectors. The supervisors themselves decide at once.
 */
final class Supervision {

    private Supervision() {
    }

    static boolean needsApproval(EarlyWarningCase c, Caller caller) {
        return c.getLevel().isAbove(Level.MEDIUM) && !caller.hasRole(SCHOOL_ADMIN) && !caller.hasRole(COORDINATOR);
    }

    static String supervisorRoleOf(Caller caller) {
        return caller.hasRole(INSPECTOR) ? COORDINATOR : SCHOOL_ADMIN;
    }

    /** A supervisor decides the waiting request rather than going round it. */
    static void requireNonePending(EarlyWarningCase c) {
        if (c.pendingApproval().isPresent()) {
            throw new DuplicateRecord("approval.pending", c.getId());
        }
    }
}
