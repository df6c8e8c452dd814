package kz.qorgau.dashboard.control;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/** How many cases stand open at a level and status now. */
public record OpenCaseCount(Level level, CaseStatus status, long count) {
}
