package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A student's score on one scale of a screening survey, beside that scale's threshold. */
public class SurveySignal implements Signal {

    private final long resultId;
    private final long studentId;
    private final LocalDate date;
    private final String scale;
    private final double score;
    private final double threshold;
    private final boolean suicideRisk;

    public SurveySignal(long resultId, long studentId, LocalDate takenOn, String scale, double score,
                        double threshold, boolean suicideRisk) {
        this.resultId = resultId;
        this.studentId = studentId;
        this.date = Objects.requireNonNull(takenOn, "takenOn");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.score = score;
        this.threshold = threshold;
        this.suicideRisk = suicideRisk;
    }

    public long getResultId() {
        return resultId;
    }

    @Override
    public long getStudentId() {
        return studentId;
    }

    @Override
    public LocalDate getDate() {
        return date;
    }

    public String getScale() {
        return scale;
    }

    public double getScore() {
        return score;
    }

    public double getThreshold() {
        return threshold;
    }

    /** Whether the scale measures suicide risk (rule EW-03 reads only those). */
    public boolean isSuicideRisk() {
        return suicideRisk;
    }

    public boolean isAtOrAboveThreshold() {
        return score >= threshold;
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.SURVEY_RESULT, resultId);
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("surveyResult", resultId, "date", date.toString(), "scale", scale, "score", score,
                "threshold", threshold);
    }

    @Override
    public double weight(Thresholds thresholds) {
        return isAtOrAboveThreshold() ? thresholds.getEw09WeightSurveyAboveThreshold() : 0;
    }

    @Override
    public StaffRole calls() {
        return StaffRole.PSYCHOLOGIST;
    }
}
