package kz.qorgau.cases.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.security.Caller;

/**
 * Who may act on a case beyond the realm roles the resources check: the people assigned to it, and for some steps
 * the school's administration or the coordinator. The case is already known to lie within the caller's
 * jurisdiction.
 */
final class CaseActors {

    private static final Map<StaffRole, String> REALM_ROLES = Map.of(
            StaffRole.PSYCHOLOGIST, Caller.PSYCHOLOGIST,
            StaffRole.SOCIAL_PEDAGOGUE, Caller.SOCIAL_PEDAGOGUE,
            StaffRole.INSPECTOR, Caller.INSPECTOR);

    private CaseActors() {
    }

    static void requireAssignee(EarlyWarningCase c, Caller caller) {
        if (!c.isAssignee(caller.username())) {
            throw new NotPermitted("case.not-assignee", c.getId());
        }
    }

    /** An assignee, or someone holding one of the given realm roles. */
    static void requireAssigneeOr(EarlyWarningCase c, Caller caller, String... realmRoles) {
        if (Arrays.stream(realmRoles).noneMatch(caller::hasRole)) {
            requireAssignee(c, caller);
        }
    }

    /**
     * The staff role the caller takes a case on in: the one asked for, which they must hold, or else the only one
     * they hold.
     */
    static StaffRole staffRoleOf(Caller caller, StaffRole asked) {
        if (asked != null) {
            if (!REALM_ROLES.containsKey(asked) || !caller.hasRole(REALM_ROLES.get(asked))) {
                throw new NotPermitted("case.take.not-your-role", asked);
            }
            return asked;
        }
        List<StaffRole> held = REALM_ROLES.entrySet().stream()
                .filter(e -> caller.hasRole(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (held.isEmpty()) {
            throw new NotPermitted("case.take.no-staff-role");
        }
        if (held.size() > 1) {
            throw new InvalidInput("case.take.role.required", held);
        }
        return held.get(0);
    }
}
