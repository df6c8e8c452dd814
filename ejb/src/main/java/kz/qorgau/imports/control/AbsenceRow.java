package kz.qorgau.imports.control;

import java.time.LocalDate;

/** A valid row of an absences file, reduced to what is stored. */
public record AbsenceRow(long studentId, LocalDate periodStart, LocalDate periodEnd, int unexcusedDays)
        implements RowOutcome {
}
