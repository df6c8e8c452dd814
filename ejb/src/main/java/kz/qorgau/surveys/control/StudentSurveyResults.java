package kz.qorgau.surveys.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's survey results. When the parents opted the child out, every result is marked excluded: it stays on
 * file but no rule may use it.
 */
public record StudentSurveyResults(long studentId, boolean optedOut, List<Result> results) implements Serializable {

    /** One scale's score; {@code id} is the result's own, the one a case's evidence names. */
    public record Result(long id, long campaignId, String instrumentCode, String scale, BigDecimal score,
                         BigDecimal threshold, boolean atOrAboveThreshold, LocalDate takenOn, boolean excluded)
                         implements Serializable {
    }
}
