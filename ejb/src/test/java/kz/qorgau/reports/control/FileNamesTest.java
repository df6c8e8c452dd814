package kz.qorgau.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.reports.entity.ReportRun;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/** issue 17: a file name says which report, language, period and jurisdiction it holds. */
class FileNamesTest {

    private static final Caller OMBUDSMAN = new Caller("ombudsman1", Set.of("ombudsman"),
            new Jurisdiction(true, Set.of(), Set.of(), Set.of()));
    private static final Period PERIOD = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25));
    private static final Instant ASKED = Instant.parse("2026-11-25T05:00:00Z");

    @Test
    void aWorkbookWrittenWhileTheReaderWaits() {
        ReportRequest region = new ReportRequest(ReportKind.REGIONAL_SUMMARY, PERIOD,
                new ReportScope(ReportScope.Level.REGION, 23, "Атырау облысы"), Locale.forLanguageTag("kk"), null,
                null, OMBUDSMAN, ASKED, false);
        assertThat(region.fileName()).isEqualTo("qorgau-regional-summary-kk-2026-01-01_2026-11-25-region-23.xlsx");
        ReportRequest all = new ReportRequest(ReportKind.CASES, PERIOD,
                new ReportScope(ReportScope.Level.JURISDICTION, 0, "Казахстан"), Locale.forLanguageTag("ru"), null,
                null, OMBUDSMAN, ASKED, false).withInitials();
        assertThat(all.fileName()).isEqualTo("qorgau-cases-initials-ru-2026-01-01_2026-11-25-all.xlsx");
    }

    @Test
    void aBackgroundRunNamesItsFileFromTheParametersItKept() {
        ReportRun run = new ReportRun(ReportKind.CASES, "en",
                "from=2026-01-01&to=2026-11-25&districtId=2301&level=HIGH", 70_000, "coordinator1", ASKED, "node1");
        assertThat(ReportRuns.fileName(run)).isEqualTo("qorgau-cases-en-2026-01-01_2026-11-25-district-2301.xlsx");
    }

    @Test
    void aPeriodEndingAfterTodayIsRefused() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertThatThrownBy(() -> PERIOD.requirePast(today))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).arguments())
                .isEqualTo(new Object[] {"2026-11-25", "2026-11-24"});
        PERIOD.requirePast(LocalDate.of(2026, 11, 25));
    }
}
