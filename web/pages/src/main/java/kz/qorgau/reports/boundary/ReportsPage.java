package kz.qorgau.reports.boundary;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.reports.control.Period;
import kz.qorgau.reports.control.ReportRequest;
import kz.qorgau.reports.control.ReportRunView;
import kz.qorgau.reports.control.ReportRuns;
import kz.qorgau.reports.control.Reports;
import kz.qorgau.reports.control.ScopeChoices;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * Asking for a workbook: which report, which days, which part of one's jurisdiction, in which language. A small
 * one is offered for download at once; a large one (or one asked for in the background) is written by a background
 * run whose progress the page follows, with the reader's recent runs below.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT_RUNS = 10;

    @EJB
    Reports reports;

    @EJB
    ReportRuns runs;

    @EJB
    ScopeChoices choices;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private String report;
    private LocalDate from;
    private LocalDate to;
    private Long regionId;
    private Long districtId;
    private Long schoolId;
    private String workbookLanguage;
    private boolean background;
    private String download;
    private List<ScopeChoices.Choice> regions;
    private List<ScopeChoices.Choice> districts;
    private List<ScopeChoices.Choice> schools;
    /** Views of runs are not serializable; they are read again whenever the view comes back without them. */
    private transient List<ReportRunView> recent;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(Kazakhstan.TIME_ZONE);
        from = today.withDayOfYear(1);
        to = today;
        workbookLanguage = language.getCode();
        regions = choices.regions(callers.caller(), language.getLocale());
        regionChanged();
        refreshRuns();
    }

    /** A new region offers its districts, and the district and school chosen before no longer apply. */
    public void regionChanged() {
        districtId = null;
        districts = choices.districts(regionId, callers.caller(), language.getLocale());
        districtChanged();
    }

    public void districtChanged() {
        schoolId = null;
        schools = choices.schools(districtId, callers.caller(), language.getLocale());
    }

    /** Checks the request as the services see it, then offers the file or starts the background run. */
    public void prepare() {
        download = null;
        try {
            ReportKind kind = ReportKind.ofSlug(report).orElseThrow();
            ReportRequest request = reports.request(kind, new Period(from, to), schoolId == null && districtId == null
                            ? regionId : null, schoolId == null ? districtId : null, schoolId, null, null,
                    callers.caller(), Locale.forLanguageTag(workbookLanguage));
            long expected = reports.expectedRows(request);
            if (background || reports.inBackground(expected)) {
                runs.start(request, expected);
                PageMessages.info(language.text("reports.started"));
                refreshRuns();
            } else {
                download = "report-file?" + request.parameters() + "&report=" + kind.slug() + "&language="
                        + URLEncoder.encode(workbookLanguage, StandardCharsets.UTF_8);
                PageMessages.info(language.text("reports.ready"));
            }
        } catch (QorgauException e) {
            PageMessages.refused(e, language.getLocale());
        }
    }

    public void refreshRuns() {
        recent = runs.mine(callers.caller(), 0, RECENT_RUNS);
    }

    /** The page keeps asking for news only while a run is still being written. */
    public boolean isRunning() {
        return getRecent().stream().anyMatch(r -> "RUNNING".equals(r.status()));
    }

    public List<ReportKind> getReports() {
        return reports.available(callers.caller());
    }

    public List<ScopeChoices.Choice> getRegions() {
        return regions;
    }

    public List<ScopeChoices.Choice> getDistricts() {
        return districts;
    }

    public List<ScopeChoices.Choice> getSchools() {
        return schools;
    }

    public List<ReportRunView> getRecent() {
        if (recent == null) {
            refreshRuns();
        }
        return recent;
    }

    /** Where the small workbook just checked is written on download, relative to this page. */
    public String getDownload() {
        return download;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getWorkbookLanguage() {
        return workbookLanguage;
    }

    public void setWorkbookLanguage(String workbookLanguage) {
        this.workbookLanguage = workbookLanguage;
    }

    public boolean isBackground() {
        return background;
    }

    public void setBackground(boolean background) {
        this.background = background;
    }
}
