package kz.qorgau.surveys.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.LocalizedName;

/** A questionnaire with named scales, such as a depression and anxiety screening. Its code is unique. */
@Entity
public class SurveyInstrument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_instrument_id")
    @SequenceGenerator(name = "survey_instrument_id", sequenceName = "survey_instrument_id_seq", allocationSize = 50)
    private Long id;

    private String code;

    @Embedded
    private LocalizedName name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_scale", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderColumn(name = "position")
    private List<SurveyScale> scales = new ArrayList<>();

    private Instant createdAt;

    protected SurveyInstrument() {
    }

    /** @throws InvalidInput when there is no scale or two scales share a code */
    public SurveyInstrument(String code, LocalizedName name, List<SurveyScale> scales) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        if (scales.isEmpty()) {
            throw new InvalidInput("survey.instrument.no-scales");
        }
        var codes = new HashSet<String>();
        for (SurveyScale scale : scales) {
            if (!codes.add(scale.getCode())) {
                throw new InvalidInput("survey.scale.duplicate", scale.getCode());
            }
        }
        this.scales.addAll(scales);
        this.createdAt = Instant.now();
    }

    public Optional<SurveyScale> scale(String scaleCode) {
        return scales.stream().filter(s -> s.getCode().equals(scaleCode)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return name;
    }

    public List<SurveyScale> getScales() {
        return List.copyOf(scales);
    }
}
