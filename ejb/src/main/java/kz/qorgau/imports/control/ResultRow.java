package kz.qorgau.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid row, reduced to what is stored: small, since a file may hold a hundred thousand of them. */
public record ResultRow(long studentId, String scale, BigDecimal score, LocalDate takenOn) implements RowOutcome {
}
