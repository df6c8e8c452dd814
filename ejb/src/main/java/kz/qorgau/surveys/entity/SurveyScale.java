package kz.qorgau.surveys.entity;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.LocalizedName;

/** One scale of an instrument (depression, anxiety, ...): scores run from 0 to its maximum; the threshold flags risk. */
@Embeddable
public class SurveyScale {

    private String code;

    @Embedded
    private LocalizedName name;

    private BigDecimal threshold;
    private BigDecimal maxScore;

    /** Whether the scale measures suicide risk: a score at its threshold raises rule EW-03. */
    private boolean suicideRisk;

    protected SurveyScale() {
    }

    public SurveyScale(String code, LocalizedName name, BigDecimal threshold, BigDecimal maxScore,
                       boolean suicideRisk) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        if (maxScore.signum() <= 0 || threshold.signum() < 0 || threshold.compareTo(maxScore) > 0) {
            throw new InvalidInput("survey.scale.threshold-range", code, threshold, maxScore);
        }
        this.threshold = threshold;
        this.maxScore = maxScore;
        this.suicideRisk = suicideRisk;
    }

    public boolean admits(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(maxScore) <= 0;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return name;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public boolean isSuicideRisk() {
        return suicideRisk;
    }
}
