package kz.qorgau.surveys.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import kz.qorgau.students.entity.Student;

/**
 * A student's score on one scale in one campaign; one per (campaign, student, scale). Rows are written only by the
 * survey-results import, in JDBC batches with the id from the database's default, so this mapping only reads them.
 */
@Entity
public class SurveyResult {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SurveyCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    private String scaleCode;
    private BigDecimal score;
    private LocalDate takenOn;
    private Instant importedAt;

    protected SurveyResult() {
    }

    public Long getId() {
        return id;
    }

    public SurveyCampaign getCampaign() {
        return campaign;
    }

    public Student getStudent() {
        return student;
    }

    public String getScaleCode() {
        return scaleCode;
    }

    public BigDecimal getScore() {
        return score;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
