package kz.qorgau.cases.control;

import java.time.Instant;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/** One line of the case list export. */
public record CaseRow(long caseId, String iin, String studentName, long schoolId, String schoolName,
                      Level level, CaseStatus status, Instant openedAt, Instant firstContactDue, String rules,
                      String assignees) {
}
