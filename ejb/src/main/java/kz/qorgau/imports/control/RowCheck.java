package kz.qorgau.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final SurveyCampaign campaign;
    private final LocalDate today;
    private final Map<String, Long> studentIds;
    private final Set<Long> optedOut;
    private final String scaleCodes;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param studentIds the students, by IIN, of the campaign's schools within the caller's jurisdiction
     * @param optedOut   the ids of students whose parents refused the surveys
     */
    public RowCheck(SurveyCampaign campaign, LocalDate today, Map<String, Long> studentIds, Set<Long> optedOut) {
        this.campaign = campaign;
        this.today = today;
        this.studentIds = studentIds;
        this.optedOut = optedOut;
        this.scaleCodes = campaign.getInstrument().getScales().stream().map(SurveyScale::getCode)
                .collect(Collectors.joining(", "));
    }

    public RowOutcome check(SheetRow row) {
        for (Column column : Column.values()) {
            if (value(row, column).isEmpty()) {
                return Rejection.of(row, column, "", "import.row.missing", column.header());
            }
        }
        Iin iin;
        try {
            iin = Iin.parse(row.iin());
        } catch (InvalidInput e) {
            return Rejection.of(row, Column.IIN, row.iin(), e.messageKey(), e.arguments());
        }
        Long studentId = studentIds.get(iin.digits());
        if (studentId == null) {
            return Rejection.of(row, Column.IIN, row.iin(), "import.row.student-unknown", row.iin());
        }
        if (optedOut.contains(studentId)) {
            return Rejection.of(row, Column.IIN, row.iin(), "import.row.opted-out", row.iin());
        }
        SurveyScale scale = campaign.getInstrument().scale(row.scale()).orElse(null);
        if (scale == null) {
            return Rejection.of(row, Column.SCALE, row.scale(), "import.row.scale-unknown", row.scale(), scaleCodes);
        }
        BigDecimal score = number(row.score());
        if (score == null) {
            return Rejection.of(row, Column.SCORE, row.score(), "import.row.score-format", row.score());
        }
        if (!scale.admits(score)) {
            return Rejection.of(row, Column.SCORE, row.score(), "import.row.score-range", row.score(),
                    scale.getCode(), scale.getMaxScore().toPlainString());
        }
        LocalDate takenOn = date(row.takenOn());
        if (takenOn == null) {
            return Rejection.of(row, Column.TAKEN_ON, row.takenOn(), "import.row.date-format", row.takenOn());
        }
        if (takenOn.isAfter(today)) {
            return Rejection.of(row, Column.TAKEN_ON, row.takenOn(), "import.row.date-future", row.takenOn());
        }
        if (!campaign.covers(takenOn)) {
            return Rejection.of(row, Column.TAKEN_ON, row.takenOn(), "import.row.date-outside-campaign", row.takenOn(),
                    campaign.getStartsOn().toString(), campaign.getEndsOn().toString());
        }
        Integer earlier = seen.putIfAbsent(studentId + " " + scale.getCode(), row.number());
        if (earlier != null) {
            return Rejection.of(row, Column.SCALE, row.scale(), "import.row.duplicate", String.valueOf(earlier));
        }
        return new ResultRow(studentId, scale.getCode(), score, takenOn);
    }

    private static String value(SheetRow row, Column column) {
        return switch (column) {
            case IIN -> row.iin();
            case SCALE -> row.scale();
            case SCORE -> row.score();
            case TAKEN_ON -> row.takenOn();
        };
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

    private static LocalDate date(String text) {
        if (!text.matches(ISO_DATE)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
