package kz.qorgau.incidents.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

import kz.qorgau.earlywarning.rules.IncidentType;

/** Something that happened to or between students, with each participant's part in it. */
@Entity
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_id")
    @SequenceGenerator(name = "incident_id", sequenceName = "incident_id_seq", allocationSize = 50)
    private Long id;

    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    private IncidentType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_participant", joinColumns = @JoinColumn(name = "incident_id"))
    private List<Participant> participants = new ArrayList<>();

    private String recordedBy;
    private Instant recordedAt;

    protected Incident() {
    }

    public Incident(LocalDate occurredOn, IncidentType type, List<Participant> participants, String recordedBy) {
        this.occurredOn = occurredOn;
        this.type = type;
        this.participants = new ArrayList<>(participants);
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public IncidentType getType() {
        return type;
    }

    public List<Participant> getParticipants() {
        return Collections.unmodifiableList(participants);
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
