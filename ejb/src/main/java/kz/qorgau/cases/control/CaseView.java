package kz.qorgau.cases.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import kz.qorgau.cases.entity.CaseOutcome;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.ContactChannel;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Level;

/**
 * An early-warning case as its reader sees it: why it is open, who answers for it, by when, how it is being worked.
 * A change to the case is sent with the {@code version} read here. {@code pendingApproval} is the request waiting for
 * a supervisor, null when none waits.
 */
public record CaseView(long id, long studentId, String studentName, long schoolId, CaseStatus status, Level level,
                       Instant openedAt, Instant firstContactDue, Instant firstContactAt,
                       ContactChannel firstContactChannel, String firstContactNote, CaseOutcome outcome,
                       String closingNote, Instant closedAt, List<ReasonView> reasons, List<AssigneeView> assignees,
                       List<MeasureView> measures, ApprovalView pendingApproval, long version) implements Serializable {

    public record AssigneeView(String username, String role, Instant assignedAt) implements Serializable {
    }

    static CaseView of(EarlyWarningCase c, Locale locale) {
        return new CaseView(c.getId(), c.getStudent().getId(), c.getStudent().getName().full(),
                c.getStudent().getSchool().getId(), c.getStatus(), c.getLevel(), c.getOpenedAt(),
                c.getFirstContactDue(), c.getFirstContactAt(), c.getFirstContactChannel(), c.getFirstContactNote(),
                c.getOutcome(), c.getClosingNote(), c.getClosedAt(),
                c.getReasons().stream().map(r -> ReasonView.of(r, locale)).toList(),
                c.getAssignments().stream()
                        .map(a -> new AssigneeView(a.getUsername(), a.getRole().name(), a.getAssignedAt()))
                        .toList(),
                c.getMeasures().stream().map(MeasureView::of).toList(),
                c.pendingApproval().map(ApprovalView::of).orElse(null),
                c.getVersion());
    }
}
