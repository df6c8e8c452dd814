package kz.qorgau.reports.control;

import java.time.Instant;
import java.util.Locale;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.security.Caller;

/** A report as asked for, checked: which one, over which days and part of the country, in which language. */
public record ReportRequest(ReportKind kind, Period period, ReportScope scope, Locale locale, Level level,
                            CaseStatus status, Caller caller, Instant requestedAt) {

    /** The parameters as a reader would retype them, kept with a background run. */
    public String parameters() {
        StringBuilder text = new StringBuilder("from=").append(period.from()).append("&to=").append(period.to());
        if (scope.level() != ReportScope.Level.JURISDICTION) {
            text.append('&').append(scope.level().name().toLowerCase(Locale.ROOT)).append("Id=").append(scope.id());
        }
        if (level != null) {
            text.append("&level=").append(level);
        }
        if (status != null) {
            text.append("&status=").append(status);
        }
        return text.toString();
    }
}
