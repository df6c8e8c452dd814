package kz.qorgau.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.surveys.entity.SurveyCampaign;
import kz.qorgau.surveys.entity.SurveyScale;

/**
 * The checks every row of a survey-results file passes before anything is stored, in the order a person fixes
 * them: the IIN, the student, the scale, the score, the date, and last whether another row already said the same.
 * It holds the campaign's students as a map from IIN to id, loaded once, so a row costs no query.
 */
public final class RowCheck {

    private final SurveyCampaign campaign;
    private final LocalDate today;
    private final StudentsByIin<Long> studentIds;
    private final Set<Long> optedOut;
    private final String scaleCodes;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param studentIds the students, by IIN, of the campaign's schools within the caller's jurisdiction
     * @param optedOut   the ids of students whose parents refused the surveys
     */
    public RowCheck(SurveyCampaign campaign, LocalDate today, StudentsByIin<Long> studentIds, Set<Long> optedOut) {
        this.campaign = campaign;
        this.today = today;
        this.studentIds = studentIds;
        this.optedOut = optedOut;
        this.scaleCodes = campaign.getInstrument().getScales().stream().map(SurveyScale::getCode)
                .collect(Collectors.joining(", "));
    }

    public RowOutcome check(SheetRow row) {
        Rejection missing = Cells.missing(row, SurveyColumn.values());
        if (missing != null) {
            return missing;
        }
        String iinText = SurveyColumn.IIN.of(row);
        String scaleText = SurveyColumn.SCALE.of(row);
        String scoreText = SurveyColumn.SCORE.of(row);
        String takenOnText = SurveyColumn.TAKEN_ON.of(row);
        Iin iin;
        try {
            iin = Iin.parse(iinText);
        } catch (InvalidInput e) {
            return Rejection.of(row, SurveyColumn.IIN, iinText, e.messageKey(), e.arguments());
        }
        Rejection mergedAway = studentIds.refusalIfMergedAway(row, SurveyColumn.IIN, iinText, iin);
        if (mergedAway != null) {
            return mergedAway;
        }
        Long studentId = studentIds.get(iin);
        if (studentId == null) {
            return Rejection.of(row, SurveyColumn.IIN, iinText, "import.row.student-unknown", iinText);
        }
        if (optedOut.contains(studentId)) {
            return Rejection.of(row, SurveyColumn.IIN, iinText, "import.row.opted-out", iinText);
        }
        SurveyScale scale = campaign.getInstrument().scale(scaleText).orElse(null);
        if (scale == null) {
            return Rejection.of(row, SurveyColumn.SCALE, scaleText, "import.row.scale-unknown", scaleText, scaleCodes);
        }
        BigDecimal score = number(scoreText);
        if (score == null) {
            return Rejection.of(row, SurveyColumn.SCORE, scoreText, "import.row.score-format", scoreText);
        }
        if (!scale.admits(score)) {
            return Rejection.of(row, SurveyColumn.SCORE, scoreText, "import.row.score-range", scoreText,
                    scale.getCode(), scale.getMaxScore().toPlainString());
        }
        LocalDate takenOn = Cells.date(takenOnText);
        if (takenOn == null) {
            return Rejection.of(row, SurveyColumn.TAKEN_ON, takenOnText, "import.row.date-format", takenOnText);
        }
        if (takenOn.isAfter(today)) {
            return Rejection.of(row, SurveyColumn.TAKEN_ON, takenOnText, "import.row.date-future", takenOnText);
        }
        if (!campaign.covers(takenOn)) {
            return Rejection.of(row, SurveyColumn.TAKEN_ON, takenOnText, "import.row.date-outside-campaign",
                    takenOnText, campaign.getStartsOn().toString(), campaign.getEndsOn().toString());
        }
        Integer earlier = seen.putIfAbsent(studentId + " " + scale.getCode(), row.number());
        if (earlier != null) {
            return Rejection.of(row, SurveyColumn.SCALE, scaleText, "import.row.duplicate", String.valueOf(earlier));
        }
        return new ResultRow(studentId, scale.getCode(), score, takenOn);
    }

    /** A decimal with at most two places; a decimal comma is read as a point, as Russian-language Excel writes it. */
    private static BigDecimal number(String text) {
        try {
            BigDecimal number = new BigDecimal(text.replace(',', '.'));
            return number.stripTrailingZeros().scale() > 2 ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
