package kz.qorgau.hotline.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.hotline.control.CaseTriage;
import kz.qorgau.hotline.control.Closure;
import kz.qorgau.hotline.control.HotlineService;
import kz.qorgau.hotline.control.IncidentTriage;
import kz.qorgau.hotline.control.NewReport;
import kz.qorgau.hotline.control.ReportView;
import kz.qorgau.hotline.entity.CallerKind;
import kz.qorgau.hotline.entity.Channel;
import kz.qorgau.hotline.entity.ReportStatus;
import kz.qorgau.hotline.entity.Urgency;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.security.boundary.CallerProducer;
import kz.qorgau.students.boundary.StudentFinder;

/**
 * The trust line's desk: the reports of the operator's region, newest first; a new report written down while the
 * caller speaks; and the one triage of a report, into an incident, a case, or closed with a reason.
 */
@Named
@ViewScoped
public class HotlinePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    HotlineService hotline;

    @Inject
    StudentFinder finder;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private ReportStatus status;
    private List<ReportView> reports = List.of();
    private Long reportId;
    private ReportView report;
    private final ReportForm form = new ReportForm();
    private String studentIin;
    private ParticipantRole role = ParticipantRole.VICTIM;
    private LocalDate date = LocalDate.now(Kazakhstan.TIME_ZONE);
    private String reason;

    /** Runs when the page is opened, and after each change: the list, and the report chosen with {@code ?report=}. */
    public void load() {
        reports = hotline.list(status, 0, SHOWN, callers.caller());
        report = null;
        if (reportId != null) {
            try {
                report = hotline.read(reportId, callers.caller());
            } catch (QorgauException e) {
                PageMessages.refused(e, language.getLocale());
            }
        }
    }

    /**
     * Takes the report and opens it by its address, ready for triage: the page's address then names the report the
     * triage forms act on.
     */
    public String take() {
        Locale locale = language.getLocale();
        Long student = null;
        if (form.studentIin != null && !form.studentIin.isBlank()) {
            var found = finder.byIin(form.studentIin, "newReport:studentIin", callers.caller(), locale);
            if (found.isEmpty()) {
                return null;
            }
            student = found.get().id();
        }
        Long about = student;
        long[] taken = new long[1];
        boolean done = FormSubmission.run("newReport", locale,
                () -> taken[0] = hotline.take(form.toRecord(about), callers.caller()).id());
        if (!done) {
            return null;
        }
        PageMessages.info(language.text("hotline.taken"));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/ui/hotline.xhtml?faces-redirect=true&report=" + taken[0];
    }

    public String triageToIncident() {
        return triage("toIncident", id -> hotline.triageToIncident(reportId, new IncidentTriage(id, role, date),
                callers.caller()));
    }

    public String triageToCase() {
        return triage("toCase", id -> hotline.triageToCase(reportId, new CaseTriage(id), callers.caller()));
    }

    public String close() {
        if (!FormSubmission.run("closure", language.getLocale(),
                () -> hotline.close(reportId, new Closure(reason), callers.caller()))) {
            load();
            return null;
        }
        PageMessages.info(language.text("hotline.triaged"));
        return AfterSave.sameAddress();
    }

    /** Both triages name a child by IIN, found among the children of the operator's jurisdiction. */
    private String triage(String formId, LongFunction<ReportView> action) {
        Locale locale = language.getLocale();
        boolean done = finder.byIin(studentIin, formId + ":studentIin", callers.caller(), locale)
                .map(student -> FormSubmission.run(formId, locale, () -> action.apply(student.id())))
                .orElse(false);
        if (!done) {
            load();
            return null;
        }
        PageMessages.info(language.text("hotline.triaged"));
        return AfterSave.sameAddress();
    }

    /** Whom the triage forms are shown to; the service decides who may triage. */
    public boolean isMayTriage() {
        return report != null && report.status() == ReportStatus.NEW
                && (callers.caller().hasRole(HOTLINE_OPERATOR) || callers.caller().hasRole(ADMIN));
    }

    /** A caller over several regions (or the nation) names the report's region; an operator's line is one region. */
    public boolean isRegionAsked() {
        return callers.caller().jurisdiction().regionIds().size() != 1;
    }

    public List<ReportView> getReports() {
        return reports;
    }

    public ReportView getReport() {
        return report;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public ReportForm getForm() {
        return form;
    }

    public String getStudentIin() {
        return studentIin;
    }

    public void setStudentIin(String studentIin) {
        this.studentIin = studentIin;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CallerKind[] getCallerKinds() {
        return CallerKind.values();
    }

    public IncidentType[] getConcerns() {
        return IncidentType.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    /** The new report's fields, named after the components of {@link NewReport}. */
    public static class ReportForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Channel channel = Channel.PHONE;
        private CallerKind callerKind;
        private String summary;
        private IncidentType concern;
        private Urgency urgency;
        private Long regionId;
        private Long schoolId;
        private String studentIin;

        NewReport toRecord(Long studentId) {
            return new NewReport(null, channel, callerKind, summary, concern, urgency, regionId, schoolId, studentId);
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public CallerKind getCallerKind() {
            return callerKind;
        }

        public void setCallerKind(CallerKind callerKind) {
            this.callerKind = callerKind;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public IncidentType getConcern() {
            return concern;
        }

        public void setConcern(IncidentType concern) {
            this.concern = concern;
        }

        public Urgency getUrgency() {
            return urgency;
        }

        public void setUrgency(Urgency urgency) {
            this.urgency = urgency;
        }

        public Long getRegionId() {
            return regionId;
        }

        public void setRegionId(Long regionId) {
            this.regionId = regionId;
        }

        public Long getSchoolId() {
            return schoolId;
        }

        public void setSchoolId(Long schoolId) {
            this.schoolId = schoolId;
        }

        public String getStudentIin() {
            return studentIin;
        }

        public void setStudentIin(String studentIin) {
            this.studentIin = studentIin;
        }
    }
}
