package kz.qorgau.surveys.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.platform.InvalidInput;

/**
 * One round of an instrument over a period at a set of schools. The schools are kept by id: a campaign covers
 * them, it does not own them.
 */
@Entity
public class SurveyCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_campaign_id")
    @SequenceGenerator(name = "survey_campaign_id", sequenceName = "survey_campaign_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private SurveyInstrument instrument;

    private LocalDate startsOn;
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_campaign_school", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "school_id")
    private Set<Long> schoolIds = new HashSet<>();

    private String createdBy;
    private Instant createdAt;

    protected SurveyCampaign() {
    }

    /** @throws InvalidInput when the period ends before it starts or no school is covered */
    public SurveyCampaign(SurveyInstrument instrument, LocalDate startsOn, LocalDate endsOn, Set<Long> schoolIds,
                          String createdBy) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInput("survey.campaign.ends-before-start", endsOn, startsOn);
        }
        if (schoolIds.isEmpty()) {
            throw new InvalidInput("survey.campaign.no-schools");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.schoolIds.addAll(schoolIds);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Instant.now();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public SurveyInstrument getInstrument() {
        return instrument;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<Long> getSchoolIds() {
        return Set.copyOf(schoolIds);
    }
}
