package kz.qorgau.incidents.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.cases.control.Weighed;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.incidents.control.IncidentDetails;
import kz.qorgau.incidents.control.IncidentService;
import kz.qorgau.incidents.control.NewIncident;
import kz.qorgau.incidents.control.NewParticipant;
import kz.qorgau.incidents.entity.IncidentSeverity;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.security.boundary.CallerProducer;
import kz.qorgau.students.boundary.StudentFinder;

/**
 * Recording an incident in full: the students who took part are found one by one by IIN among the caller's own
 * students, each with their part, and the whole incident is saved at once, every participant weighed by the rules.
 */
@Named
@ViewScoped
public class IncidentRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "incident";
    static final String[] ROLES = {PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN};

    @EJB
    IncidentService incidents;

    @Inject
    StudentFinder finder;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private final IncidentForm form = new IncidentForm();
    private final List<ParticipantLine> participants = new ArrayList<>();
    private String participantIin;
    private ParticipantRole participantRole = ParticipantRole.VICTIM;
    private final List<ParticipantLine> saved = new ArrayList<>();
    private Long savedId;
    private List<CaseEffect> effects = List.of();

    /** An inspector's incidents mostly come to light through the police; everyone else's through the school. */
    @PostConstruct
    void prefill() {
        form.clear(callers.caller().hasRole(INSPECTOR) ? IncidentSource.POLICE : IncidentSource.SCHOOL);
    }

    public void addParticipant() {
        finder.byIin(participantIin, FORM + ":participantIin", callers.caller(), language.getLocale())
                .ifPresent(student -> {
                    participants.removeIf(p -> p.studentId() == student.id());
                    participants.add(new ParticipantLine(student.id(), student.iin(), student.name(),
                            participantRole));
                    participantIin = null;
                });
    }

    public void removeParticipant(long studentId) {
        participants.removeIf(p -> p.studentId() == studentId);
    }

    public void record() {
        FormSubmission.run(FORM, language.getLocale(), () -> {
            Weighed<IncidentDetails> weighed = incidents.report(form.toRecord(participants), callers.caller());
            savedId = weighed.record().id();
            effects = weighed.cases();
            saved.clear();
            saved.addAll(participants);
            participants.clear();
            form.clear(form.source);
            PageMessages.info(language.text("record.incident.saved"));
        });
    }

    /** The roles the incident service lets record an incident; the page shows the form to them only. */
    public boolean isAllowed() {
        return Arrays.stream(ROLES).anyMatch(callers.caller()::hasRole);
    }

    public IncidentForm getForm() {
        return form;
    }

    public List<ParticipantLine> getParticipants() {
        return participants;
    }

    public List<ParticipantLine> getSaved() {
        return saved;
    }

    /** What the rules did to the participants' cases with the incident just recorded. */
    public List<CaseEffect> getEffects() {
        return effects;
    }

    public Long getSavedId() {
        return savedId;
    }

    public String getParticipantIin() {
        return participantIin;
    }

    public void setParticipantIin(String participantIin) {
        this.participantIin = participantIin;
    }

    public ParticipantRole getParticipantRole() {
        return participantRole;
    }

    public void setParticipantRole(ParticipantRole participantRole) {
        this.participantRole = participantRole;
    }

    public IncidentType[] getTypes() {
        return IncidentType.values();
    }

    public IncidentSeverity[] getSeverities() {
        return IncidentSeverity.values();
    }

    public IncidentSource[] getSources() {
        return IncidentSource.values();
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    /** A student named in the incident, as the form shows them. */
    public record ParticipantLine(long studentId, String iin, String name, ParticipantRole role)
            implements Serializable {
    }

    /** The incident's own fields, named after the components of {@link NewIncident}. */
    public static class IncidentForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate date;
        private LocalTime time;
        private Boolean onSchoolGrounds;
        private String location;
        private IncidentType type;
        private IncidentSeverity severity;
        private IncidentSource source;
        private String description;

        NewIncident toRecord(List<ParticipantLine> participants) {
            return new NewIncident(date, time, onSchoolGrounds, location, type, severity, source, description,
                    participants.stream().map(p -> new NewParticipant(p.studentId(), p.role())).toList());
        }

        void clear(IncidentSource usualSource) {
            date = LocalDate.now(Kazakhstan.TIME_ZONE);
            time = null;
            onSchoolGrounds = null;
            location = null;
            type = null;
            severity = null;
            source = usualSource;
            description = null;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }

        public Boolean getOnSchoolGrounds() {
            return onSchoolGrounds;
        }

        public void setOnSchoolGrounds(Boolean onSchoolGrounds) {
            this.onSchoolGrounds = onSchoolGrounds;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public IncidentType getType() {
            return type;
        }

        public void setType(IncidentType type) {
            this.type = type;
        }

        public IncidentSeverity getSeverity() {
            return severity;
        }

        public void setSeverity(IncidentSeverity severity) {
            this.severity = severity;
        }

        public IncidentSource getSource() {
            return source;
        }

        public void setSource(IncidentSource source) {
            this.source = source;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
