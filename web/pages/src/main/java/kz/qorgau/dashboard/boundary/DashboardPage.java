package kz.qorgau.dashboard.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.concealment.control.ConcealmentView;
import kz.qorgau.concealment.control.Concealments;
import kz.qorgau.concealment.entity.ConcealmentStatus;
import kz.qorgau.dashboard.control.CoverageGap;
import kz.qorgau.dashboard.control.Dashboard;
import kz.qorgau.dashboard.control.DistrictCount;
import kz.qorgau.dashboard.control.OpenCaseCount;
import kz.qorgau.dashboard.control.WeeklyOpenings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.platform.boundary.Words;
import kz.qorgau.security.Caller;

/**
 * The dashboard of coordinators, ombudsmen and administrators: their jurisdiction's open cases, the weeks' new
 * ones, overdue first contacts, possible concealments and schools without staff. Each chart has a table beside it
 * with the same figures, for screen readers and for reading exact numbers.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final int LATEST_CONCEALMENTS = 5;
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.NEW, CaseStatus.ASSIGNED,
            CaseStatus.IN_PROGRESS, CaseStatus.MONITORING);
    /** The colours of the levels' badges in qorgau.css, so that a level looks the same everywhere. */
    private static final Map<Level, String> COLOURS = Map.of(Level.CRITICAL, "#c81e1e", Level.HIGH, "#f29d38",
            Level.MEDIUM, "#e0b700", Level.LOW, "#7b8794");

    @EJB
    Dashboard dashboard;

    @EJB
    Concealments concealments;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    @Inject
    Words words;

    private boolean shown;
    private List<LevelRow> open = List.of();
    private WeeklyOpenings weekly;
    private List<DistrictCount> overdue = List.of();
    private Map<ConcealmentStatus, Long> concealmentCounts = Map.of();
    private List<ConcealmentView> latestConcealments = List.of();
    private List<CoverageGap> gaps = List.of();

    @PostConstruct
    void read() {
        try {
            List<OpenCaseCount> counts = dashboard.openCases(caller);
            open = Arrays.stream(Level.values()).sorted(Comparator.reverseOrder())
                    .map(level -> LevelRow.of(level, counts)).toList();
            weekly = dashboard.openedPerWeek(caller, LocalDate.now(Kazakhstan.TIME_ZONE));
            overdue = dashboard.overdueByDistrict(caller, Instant.now(), language.getLocale());
            concealmentCounts = dashboard.concealmentFlags(caller);
            latestConcealments = concealments.list(ConcealmentStatus.OPEN, 0, LATEST_CONCEALMENTS, caller,
                    language.getLocale());
            gaps = dashboard.coverageGaps(caller, language.getLocale());
            shown = true;
        } catch (EJBAccessException e) {
            PageMessages.forbidden(language.getLocale());
        }
    }

    public boolean isShown() {
        return shown;
    }

    public List<LevelRow> getOpen() {
        return open;
    }

    public long getOpenTotal() {
        return open.stream().mapToLong(LevelRow::total).sum();
    }

    public String getOpenChart() {
        List<String> statuses = OPEN.stream().map(s -> words.of("status.", s)).toList();
        return ChartJs.bar(statuses, open.stream()
                .map(row -> new ChartJs.Series(words.of("level.", row.level()), row.byStatus(), COLOURS.get(row.level())))
                .toList(), true);
    }

    public List<WeekRow> getWeeks() {
        return IntStream.range(0, weekly.weeks().size())
                .mapToObj(i -> new WeekRow(weekly.weeks().get(i), weekly.counts().get(Level.CRITICAL).get(i),
                        weekly.counts().get(Level.HIGH).get(i), weekly.counts().get(Level.MEDIUM).get(i),
                        weekly.counts().get(Level.LOW).get(i)))
                .toList();
    }

    public String getWeeklyChart() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM");
        List<String> labels = weekly.weeks().stream().map(day::format).toList();
        return ChartJs.line(labels, Arrays.stream(Level.values()).sorted(Comparator.reverseOrder())
                .map(l -> new ChartJs.Series(words.of("level.", l), weekly.counts().get(l), COLOURS.get(l)))
                .toList());
    }

    public List<DistrictCount> getOverdue() {
        return overdue;
    }

    public long getOverdueTotal() {
        return overdue.stream().mapToLong(DistrictCount::count).sum();
    }

    public String getOverdueChart() {
        return ChartJs.bar(overdue.stream().map(DistrictCount::district).toList(),
                List.of(new ChartJs.Series(language.text("dashboard.overdue.series"),
                        overdue.stream().map(DistrictCount::count).toList(), COLOURS.get(Level.CRITICAL))), false);
    }

    /** Flags waiting for a coordinator's or an ombudsman's word. */
    public long getOpenConcealments() {
        return concealmentCounts.getOrDefault(ConcealmentStatus.OPEN, 0L);
    }

    /** Flags an overseer confirmed: schools that did keep an incident quiet. */
    public long getConfirmedConcealments() {
        return concealmentCounts.getOrDefault(ConcealmentStatus.CONFIRMED, 0L);
    }

    public List<ConcealmentView> getLatestConcealments() {
        return latestConcealments;
    }

    public List<CoverageGap> getGaps() {
        return gaps;
    }

    public String getGapsChart() {
        return ChartJs.bar(gaps.stream().map(CoverageGap::district).toList(), List.of(
                new ChartJs.Series(language.text("dashboard.gaps.no-inspector"),
                        gaps.stream().map(CoverageGap::withoutInspector).toList(), "#0b4f6c"),
                new ChartJs.Series(language.text("dashboard.gaps.no-psychologist"),
                        gaps.stream().map(CoverageGap::withoutPsychologist).toList(), "#2f9e8f"),
                new ChartJs.Series(language.text("dashboard.gaps.no-social-pedagogue"),
                        gaps.stream().map(CoverageGap::withoutSocialPedagogue).toList(), "#9b59b6")), false);
    }

    /** Open cases of one level, by status. */
    public record LevelRow(Level level, long fresh, long assigned, long inProgress, long monitoring) {

        static LevelRow of(Level level, List<OpenCaseCount> counts) {
            long[] n = OPEN.stream().mapToLong(status -> counts.stream()
                    .filter(c -> c.level() == level && c.status() == status).mapToLong(OpenCaseCount::count).sum())
                    .toArray();
            return new LevelRow(level, n[0], n[1], n[2], n[3]);
        }

        public long total() {
            return fresh + assigned + inProgress + monitoring;
        }

        List<Long> byStatus() {
            return List.of(fresh, assigned, inProgress, monitoring);
        }
    }

    /** The cases opened in one week, by level. */
    public record WeekRow(LocalDate week, long critical, long high, long medium, long low) {

        public long total() {
            return critical + high + medium + low;
        }
    }
}
