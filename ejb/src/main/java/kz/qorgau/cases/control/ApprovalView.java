package kz.qorgau.cases.control;

import java.io.Serializable;
import java.time.Instant;

import kz.qorgau.cases.entity.ApprovalKind;
import kz.qorgau.cases.entity.ApprovalRequest;
import kz.qorgau.cases.entity.ApprovalStatus;
import kz.qorgau.cases.entity.CaseOutcome;
import kz.qorgau.earlywarning.rules.Level;

/** A request for a supervisor's approval: the change asked for (outcome or level), why, by whom, and its decision. */
public record ApprovalView(long id, long caseId, long schoolId, ApprovalKind kind, CaseOutcome outcome, Level level,
                           String reason, String requestedBy, Instant requestedAt, String supervisorRole,
                           ApprovalStatus status, String decidedBy, Instant decidedAt, String comment)
                           implements Serializable {

    static ApprovalView of(ApprovalRequest r) {
        return new ApprovalView(r.getId(), r.getEarlyWarningCase().getId(),
                r.getEarlyWarningCase().getStudent().getSchool().getId(), r.getKind(), r.getOutcome(), r.getLevel(),
                r.getReason(), r.getRequestedBy(), r.getRequestedAt(), r.getSupervisorRole(), r.getStatus(),
                r.getDecidedBy(), r.getDecidedAt(), r.getComment());
    }
}
