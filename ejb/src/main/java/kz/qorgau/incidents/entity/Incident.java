package kz.qorgau.incidents.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.incidents.control.NewIncident;
import kz.qorgau.incidents.control.NewParticipant;
import kz.qorgau.platform.InvalidInput;

/**
 * Something that happened to or between students, with each participant's part in it. An incident names at least
 * one student and each student once: one student with two parts would count twice for the rules.
 */
@Entity
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_id")
    @SequenceGenerator(name = "incident_id", sequenceName = "incident_id_seq", allocationSize = 50)
    private Long id;

    private LocalDate occurredOn;
    private LocalTime timeOfDay;

    /** Null for an incident recorded through the minimal form, which does not ask where it happened. */
    private Boolean onSchoolGrounds;

    private String location;

    @Enumerated(EnumType.STRING)
    private IncidentType type;

    @Enumerated(EnumType.STRING)
    private IncidentSeverity severity;

    @Enumerated(EnumType.STRING)
    private IncidentSource source;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_participant", joinColumns = @JoinColumn(name = "incident_id"))
    private List<Participant> participants = new ArrayList<>();

    private String recordedBy;
    private Instant recordedAt;

    protected Incident() {
    }

    public Incident(NewIncident report, String recordedBy) {
        this.occurredOn = Objects.requireNonNull(report.date(), "date");
        this.timeOfDay = report.time();
        this.onSchoolGrounds = report.onSchoolGrounds();
        this.location = blankToNull(report.location());
        this.type = Objects.requireNonNull(report.type(), "type");
        this.severity = Objects.requireNonNull(report.severity(), "severity");
        this.source = Objects.requireNonNull(report.source(), "source");
        this.description = blankToNull(report.description());
        this.participants = participantsOf(report.participants());
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Instant.now();
    }

    private static List<Participant> participantsOf(List<NewParticipant> named) {
        if (named == null || named.isEmpty()) {
            throw new InvalidInput("incident.participants.required");
        }
        Set<Long> seen = new HashSet<>();
        List<Participant> participants = new ArrayList<>();
        for (NewParticipant p : named) {
            Objects.requireNonNull(p.studentId(), "studentId");
            if (!seen.add(p.studentId())) {
                throw new InvalidInput("incident.participant.duplicate", String.valueOf(p.studentId()));
            }
            participants.add(new Participant(p.studentId(), Objects.requireNonNull(p.role(), "role")));
        }
        return participants;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalTime getTimeOfDay() {
        return timeOfDay;
    }

    public Boolean getOnSchoolGrounds() {
        return onSchoolGrounds;
    }

    public String getLocation() {
        return location;
    }

    public IncidentType getType() {
        return type;
    }

    public IncidentSeverity getSeverity() {
        return severity;
    }

    public IncidentSource getSource() {
        return source;
    }

    public String getDescription() {
        return description;
    }

    public List<Participant> getParticipants() {
        return Collections.unmodifiableList(participants);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
