package kz.qorgau.imports.control;

/** What the validation made of one row: a row to apply, or a rejection with its reason. */
public sealed interface RowOutcome permits ResultRow, AbsenceRow, RosterRow, PoliceRegistrationRow,
        Rejection {
}
