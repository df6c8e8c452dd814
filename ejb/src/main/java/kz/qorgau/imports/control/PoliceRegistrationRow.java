package kz.qorgau.imports.control;

import kz.qorgau.police.control.NewPoliceRegistration;

/** A valid row of a police-registrations file: the student and what the inspector writes down. */
public record PoliceRegistrationRow(long studentId, NewPoliceRegistration request) implements RowOutcome {
}
