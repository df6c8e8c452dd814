package kz.qorgau.reports.control;

import java.time.Instant;
import java.util.Locale;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.security.Caller;

/** A report as asked for, checked: which one, over which days and part of the country, in which language. */
public record ReportRequest(ReportKind kind, Period period, ReportScope scope, Locale locale, Level level,
                            CaseStatus status, Caller caller, Instant requestedAt, boolean initials) {

    /** The same request with the children's names cut to initials and their IINs left out. */
    public ReportRequest withInitials() {
        return new ReportRequest(kind, period, scope, locale, level, status, caller, requestedAt, true);
    }

    /**
     * The name to offer the file under: report, language, period and jurisdiction, so that files downloaded for
     * different places, periods or languages never overwrite each other, e.g.
     * {@code qorgau-regional-summary-kk-2026-01-01_2026-11-25-region-23.xlsx}.
     */
    public String fileName() {
        String where = scope.level() == ReportScope.Level.JURISDICTION ? "all"
                : scope.level().name().toLowerCase(Locale.ROOT) + "-" + scope.id();
        return "qorgau-" + kind.slug() + (initials ? "-initials" : "") + "-" + locale.getLanguage() + "-"
                + period.from() + "_" + period.to() + "-" + where + ".xlsx";
    }

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
