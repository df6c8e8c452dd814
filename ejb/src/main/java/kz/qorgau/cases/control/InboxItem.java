package kz.qorgau.cases.control;

import java.time.Instant;
import java.util.List;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/**
 * A case waiting for the reader: whose, how urgent, which rules raised it, when first contact is or was due and
 * whether it was made, who it was escalated to. {@code kind} tells it apart from the other things an inbox holds.
 */
public record InboxItem(String kind, long caseId, long studentId, String studentName, long schoolId, String schoolName,
                        Level level, CaseStatus status, Instant due, boolean overdue,
                        List<EscalationView> escalations, List<String> ruleIds, Instant firstContactAt) {

    public static final String KIND = "CASE";
}
