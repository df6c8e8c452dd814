package kz.qorgau.earlywarning.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A rule's call for someone above the school's staff to look at a student's case: a missed deadline (EW-10) or
 * nobody to assign (EW-12). The case id is known to EW-10; EW-12 fires before the case is saved and names the
 * student.
 */
public record Escalation(String ruleId, long studentId, Long caseId, EscalationTarget target,
                         Set<StaffRole> missingRoles) {

    public Escalation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(target, "target");
        missingRoles = missingRoles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(missingRoles);
    }

    public static Escalation ofCase(String ruleId, OpenCase theCase, EscalationTarget target) {
        return new Escalation(ruleId, theCase.getStudentId(), theCase.getCaseId(), target, Set.of());
    }

    public static Escalation ofStudent(String ruleId, long studentId, EscalationTarget target,
                                       Collection<StaffRole> missingRoles) {
        return new Escalation(ruleId, studentId, null, target, Set.copyOf(missingRoles));
    }
}
