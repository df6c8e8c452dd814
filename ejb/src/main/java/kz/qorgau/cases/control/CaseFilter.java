package kz.qorgau.cases.control;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/** Which cases a reader asks for; null fields do not filter. */
public record CaseFilter(Level level, CaseStatus status, Long studentId) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null);
    }
}
