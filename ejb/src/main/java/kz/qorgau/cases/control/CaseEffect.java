package kz.qorgau.cases.control;

import java.io.Serializable;
import java.time.Instant;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Level;

/**
 * What weighing a new record did to a student's open case, for the person who recorded it: opened it (or opened it
 * again), raised its level, or left it as it was; with the level and the first-contact deadline it has now. Serializable:
 * a page carries it over its redirect after the save.
 */
public record CaseEffect(long caseId, long studentId, String studentName, Change change, Level level,
                         Instant firstContactDue) implements Serializable {

    public enum Change {
        OPENED,
        RAISED,
        UNCHANGED
    }

    /** The student's open case as it was before the weighing: its id and level. */
    public record Before(long caseId, Level level) {
    }

    /** @param before the open case before the weighing, null when the student had none */
    public static CaseEffect of(Before before, EarlyWarningCase after) {
        return new CaseEffect(after.getId(), after.getStudent().getId(), after.getStudent().getName().full(),
                changeOf(before, after.getId(), after.getLevel()), after.getLevel(), after.getFirstContactDue());
    }

    static Change changeOf(Before before, long caseId, Level level) {
        if (before == null || before.caseId() != caseId) {
            return Change.OPENED;
        }
        return level.isAbove(before.level()) ? Change.RAISED : Change.UNCHANGED;
    }
}
