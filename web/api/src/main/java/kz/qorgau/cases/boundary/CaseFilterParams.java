package kz.qorgau.cases.boundary;

import kz.qorgau.cases.control.CaseFilter;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.boundary.QueryParams;

/** The {@code level}, {@code status} and {@code studentId} query parameters shared by the case list and its export. */
public final class CaseFilterParams {

    private CaseFilterParams() {
    }

    public static CaseFilter of(String level, String status, Long studentId) {
        return new CaseFilter(QueryParams.optionalEnum(Level.class, "level", level),
                QueryParams.optionalEnum(CaseStatus.class, "status", status), studentId);
    }
}
