package kz.qorgau.students.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.cases.control.CaseFilter;
import kz.qorgau.cases.control.CaseService;
import kz.qorgau.cases.control.CaseView;
import kz.qorgau.duplicates.control.Dismissal;
import kz.qorgau.duplicates.control.DuplicateCheck;
import kz.qorgau.duplicates.control.DuplicateDecisions;
import kz.qorgau.duplicates.control.DuplicateFindings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.incidents.control.IncidentService;
import kz.qorgau.incidents.control.IncidentView;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.police.control.PoliceRegistrationService;
import kz.qorgau.police.control.PoliceRegistrationView;
import kz.qorgau.security.boundary.CallerProducer;
import kz.qorgau.sessions.control.SessionRecord;
import kz.qorgau.sessions.control.SessionService;
import kz.qorgau.sessions.control.SessionView;
import kz.qorgau.sessions.entity.SessionKind;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;
import kz.qorgau.surveys.control.StudentSurveyResults;
import kz.qorgau.surveys.control.SurveyOptOuts;

/**
 * A child's file: who they are, their cases with the reasons in plain words, the psychologists' sessions (notes
 * only for those allowed), the incidents they took part in, their survey results and police registrations, and the
 * form a psychologist logs a session with. Reading the file is audited. Each record has an anchor of its own, the
 * one a case's evidence links to; a part of the file the services would not show the caller is left out.
 */
@Named
@ViewScoped
public class StudentFilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    StudentService students;

    @EJB
    SessionService sessions;

    @EJB
    CaseService cases;

    @EJB
    IncidentService incidents;

    @EJB
    PoliceRegistrationService police;

    @EJB
    SurveyOptOuts surveys;

    @EJB
    DuplicateCheck duplicateCheck;

    @EJB
    DuplicateDecisions duplicateDecisions;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private static final String EFFECTS = "caseEffects";

    private long id;
    private StudentCard student;
    private List<CaseView> caseList = List.of();
    private List<SessionView> sessionList = List.of();
    private List<IncidentView> incidentList;
    private List<PoliceRegistrationView> registrationList;
    private StudentSurveyResults surveyResults;
    private DuplicateFindings duplicates;
    private String dismissalNote;
    private final SessionForm session = new SessionForm();

    /** Runs when the page is opened: the file, its cases and sessions. */
    public void load() {
        try {
            Student file = students.readFile(id, callers.caller());
            student = StudentCard.of(file, language.getLocale());
            caseList = cases.list(new CaseFilter(null, null, id), 0, SHOWN, callers.caller(), language.getLocale());
            sessionList = sessions.listFor(id, 0, SHOWN, callers.caller());
            incidentList = ifShown(() -> incidents.listFor(id, 0, SHOWN, callers.caller()));
            registrationList = ifShown(() -> police.listFor(id, 0, SHOWN, callers.caller()));
            surveyResults = ifShown(() -> surveys.resultsOf(id, callers.caller()));
            duplicates = ifShown(() -> duplicateCheck.check(id, callers.caller(), language.getLocale()));
        } catch (QorgauException e) {
            student = null;
            PageMessages.refused(e, language.getLocale());
        }
    }

    /**
     * A part of the file as its service shows it to the caller, as the API would; none when the service keeps it
     * from them, by their role or, under a break-glass grant, by the school.
     */
    private static <T> T ifShown(Supplier<T> part) {
        try {
            return part.get();
        } catch (QorgauException refused) {
            return null;
        } catch (EJBException e) {
            if (FormSubmission.refusedByContainer(e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * @return the file at its own address once the session is recorded, saying which case the session opened or
     *         raised, if any (carried over the redirect in the flash); the form as typed when refused
     */
    public String recordSession() {
        List<CaseEffect> effects = new ArrayList<>();
        if (!FormSubmission.run("session", language.getLocale(),
                () -> effects.addAll(sessions.record(id, session.toRecord(), callers.caller()).cases()))) {
            return null;
        }
        PageMessages.info(language.text(effects.isEmpty() ? "session.recorded.no-case" : "session.recorded"));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(EFFECTS, effects);
        return AfterSave.sameAddress();
    }

    /** "Not the same child": the pair is never raised again; the file shows without it. */
    public String dismissDuplicate(long suspicionId) {
        if (!FormSubmission.run("duplicates", language.getLocale(), () -> duplicateDecisions.dismiss(suspicionId,
                new Dismissal(dismissalNote), callers.caller(), language.getLocale()))) {
            return null;
        }
        PageMessages.info(language.text("duplicates.dismissed"));
        return AfterSave.sameAddress();
    }

    /** @return what the duplicate check found on opening, null when the caller's role has no part in it */
    public DuplicateFindings getDuplicates() {
        return duplicates;
    }

    public String getDismissalNote() {
        return dismissalNote;
    }

    public void setDismissalNote(String dismissalNote) {
        this.dismissalNote = dismissalNote;
    }

    public boolean isMayRecordSession() {
        return student != null && callers.caller().isPsychologistOf(student.schoolId());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public StudentCard getStudent() {
        return student;
    }

    public List<CaseView> getCases() {
        return caseList;
    }

    /** What the rules did to the student's case with the session just recorded, as the redirect carried it. */
    @SuppressWarnings("unchecked")
    public List<CaseEffect> getEffects() {
        Object carried = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(EFFECTS);
        return carried instanceof List<?> list ? (List<CaseEffect>) list : List.of();
    }

    public List<SessionView> getSessions() {
        return sessionList;
    }

    /** @return the incidents the student took part in, null when the caller may not see them */
    public List<IncidentView> getIncidents() {
        return incidentList;
    }

    /** @return the student's police registrations, null when the caller may not see them */
    public List<PoliceRegistrationView> getRegistrations() {
        return registrationList;
    }

    /** @return the student's survey results, null when the caller may not see them */
    public StudentSurveyResults getSurveyResults() {
        return surveyResults;
    }

    public SessionForm getSession() {
        return session;
    }

    public SessionKind[] getSessionKinds() {
        return SessionKind.values();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public RiskIndicator[] getIndicators() {
        return RiskIndicator.values();
    }

    /** The session form's fields, named after the record it becomes. */
    public static class SessionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate date = LocalDate.now(Kazakhstan.TIME_ZONE);
        private SessionKind kind = SessionKind.INDIVIDUAL;
        private Integer durationMinutes = 45;
        private Level riskLevel;
        private RiskIndicator[] indicators = {};
        private String confidentialNote;
        private LocalDate followUpDate;

        SessionRecord toRecord() {
            return new SessionRecord(date, kind, durationMinutes, riskLevel, List.of(indicators), confidentialNote,
                    followUpDate);
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public SessionKind getKind() {
            return kind;
        }

        public void setKind(SessionKind kind) {
            this.kind = kind;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public Level getRiskLevel() {
            return riskLevel;
        }

        public void setRiskLevel(Level riskLevel) {
            this.riskLevel = riskLevel;
        }

        public RiskIndicator[] getIndicators() {
            return indicators.clone();
        }

        public void setIndicators(RiskIndicator[] indicators) {
            this.indicators = indicators == null ? new RiskIndicator[0] : indicators.clone();
        }

        public String getConfidentialNote() {
            return confidentialNote;
        }

        public void setConfidentialNote(String confidentialNote) {
            this.confidentialNote = confidentialNote;
        }

        public LocalDate getFollowUpDate() {
            return followUpDate;
        }

        public void setFollowUpDate(LocalDate followUpDate) {
            this.followUpDate = followUpDate;
        }
    }
}
