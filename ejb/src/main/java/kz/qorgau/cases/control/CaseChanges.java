package kz.qorgau.cases.control;

import java.time.Instant;

import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseOutcome;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Level;

/** Closing and lowering as they are applied, whether at once or on a supervisor's approval, each on the timeline. */
final class CaseChanges {

    private CaseChanges() {
    }

    static void close(EarlyWarningCase c, CaseOutcome outcome, String note, String actor, Instant now,
                      CaseTimeline timeline) {
        c.close(outcome, note, now);
        timeline.record(c, CaseEventType.CLOSED, actor, now, outcome.name(), note);
    }

    static void lowerLevel(EarlyWarningCase c, Level to, String justification, String actor, Instant now,
                           CaseTimeline timeline) {
        Level before = c.lowerLevel(to, now);
        timeline.record(c, CaseEventType.LEVEL_LOWERED, actor, now, before.name(), to.name(), justification);
    }
}
