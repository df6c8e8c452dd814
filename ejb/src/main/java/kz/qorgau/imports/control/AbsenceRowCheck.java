package kz.qorgau.imports.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.students.entity.Iin;

/**
 * The checks every row of an absences file passes before anything is stored, in the order a person fixes them:
 * the IIN, the student, the period, the number of days, and last whether another row already named the same
 * student and period. The students come as a map from IIN to id, loaded once, so a row costs no query.
 */
public final class AbsenceRowCheck {

    private final LocalDate today;
    private final StudentsByIin<Long> studentIds;
    private final Map<String, Integer> seen = new HashMap<>();

    /** @param studentIds the students, by IIN, of the schools within the caller's jurisdiction */
    public AbsenceRowCheck(LocalDate today, StudentsByIin<Long> studentIds) {
        this.today = today;
        this.studentIds = studentIds;
    }

    public RowOutcome check(SheetRow row) {
        Rejection missing = Cells.missing(row, AbsenceColumn.values());
        if (missing != null) {
            return missing;
        }
        String iinText = AbsenceColumn.IIN.of(row);
        String startText = AbsenceColumn.PERIOD_START.of(row);
        String endText = AbsenceColumn.PERIOD_END.of(row);
        String daysText = AbsenceColumn.UNEXCUSED_DAYS.of(row);
        Iin iin;
        try {
            iin = Iin.parse(iinText);
        } catch (InvalidInput e) {
            return Rejection.of(row, AbsenceColumn.IIN, iinText, e.messageKey(), e.arguments());
        }
        Rejection mergedAway = studentIds.refusalIfMergedAway(row, AbsenceColumn.IIN, iinText, iin);
        if (mergedAway != null) {
            return mergedAway;
        }
        Long studentId = studentIds.get(iin);
        if (studentId == null) {
            return Rejection.of(row, AbsenceColumn.IIN, iinText, "absence.row.student-unknown", iinText);
        }
        LocalDate start = Cells.date(startText);
        if (start == null) {
            return Rejection.of(row, AbsenceColumn.PERIOD_START, startText, "import.row.date-format", startText);
        }
        LocalDate end = Cells.date(endText);
        if (end == null) {
            return Rejection.of(row, AbsenceColumn.PERIOD_END, endText, "import.row.date-format", endText);
        }
        if (end.isBefore(start)) {
            return Rejection.of(row, AbsenceColumn.PERIOD_END, endText, "absence.row.period-reversed", endText,
                    startText);
        }
        if (end.isAfter(today)) {
            return Rejection.of(row, AbsenceColumn.PERIOD_END, endText, "import.row.date-future", endText);
        }
        long periodDays = ChronoUnit.DAYS.between(start, end) + 1;
        Integer days = wholeNumber(daysText);
        if (days == null) {
            return Rejection.of(row, AbsenceColumn.UNEXCUSED_DAYS, daysText, "absence.row.days-format", daysText);
        }
        if (days < 0 || days > periodDays) {
            return Rejection.of(row, AbsenceColumn.UNEXCUSED_DAYS, daysText, "absence.row.days-range", daysText,
                    String.valueOf(periodDays));
        }
        Integer earlier = seen.putIfAbsent(studentId + " " + start + " " + end, row.number());
        if (earlier != null) {
            return Rejection.of(row, AbsenceColumn.IIN, iinText, "absence.row.duplicate", String.valueOf(earlier));
        }
        return new AbsenceRow(studentId, start, end, days);
    }

    /** Digits only; a number cell of a workbook arrives as its plain digits. */
    private static Integer wholeNumber(String text) {
        if (!text.matches("-?\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
