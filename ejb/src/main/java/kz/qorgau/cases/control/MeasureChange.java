package kz.qorgau.cases.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.cases.entity.MeasureStatus;
import kz.qorgau.platform.PlausibleDate;

/** A measure stated anew, in full as the form shows it, with the version of the measure read. */
public record MeasureChange(
        @NotNull(message = "{case.measure.status.required}") MeasureStatus status,
        @NotBlank(message = "{case.measure.responsible.required}") String responsible,
        @NotNull(message = "{case.measure.due.required}") @PlausibleDate LocalDate dueOn,
        @Size(max = 2000, message = "{field.too-long}") String note,
        @NotNull(message = "{version.required}") Long version) {
}
