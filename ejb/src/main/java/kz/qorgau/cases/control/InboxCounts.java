package kz.qorgau.cases.control;

import java.util.Map;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/** How many of the cases waiting for the reader there are in all, at each level, in each status, and overdue. */
public record InboxCounts(long total, Map<Level, Long> byLevel, Map<CaseStatus, Long> byStatus, long overdue) {

    public InboxCounts {
        byLevel = Map.copyOf(byLevel);
        byStatus = Map.copyOf(byStatus);
    }

    public long of(Level level) {
        return byLevel.getOrDefault(level, 0L);
    }

    public long of(CaseStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
