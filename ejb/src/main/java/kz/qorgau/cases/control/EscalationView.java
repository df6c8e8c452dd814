package kz.qorgau.cases.control;

import java.time.Instant;
import java.util.List;

import kz.qorgau.cases.entity.CaseEscalation;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.StaffRole;

/** Who a case was put in front of, by which rule and when; for EW-12, the roles nobody was designated for. */
public record EscalationView(String ruleId, EscalationTarget target, Instant at, List<StaffRole> missingRoles) {

    static EscalationView of(CaseEscalation e) {
        return new EscalationView(e.getRuleId(), e.getTarget(), e.getEscalatedAt(),
                e.getMissingRoles().stream().sorted().toList());
    }
}
