package kz.qorgau.cases.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.cases.entity.MeasureKind;
import kz.qorgau.platform.PlausibleDate;

/** A measure added to a case's plan, sent with the version of the case read. */
public record NewMeasure(
        @NotNull(message = "{case.measure.kind.required}") MeasureKind kind,
        @NotBlank(message = "{case.measure.responsible.required}") String responsible,
        @NotNull(message = "{case.measure.due.required}") @PlausibleDate LocalDate dueOn,
        @Size(max = 2000, message = "{field.too-long}") String note,
        @NotNull(message = "{version.required}") Long version) {
}
