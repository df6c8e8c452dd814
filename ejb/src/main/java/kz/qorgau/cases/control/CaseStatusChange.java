package kz.qorgau.cases.control;

import jakarta.validation.constraints.NotNull;

import kz.qorgau.cases.entity.CaseStatus;

/** Monitoring a case that is being worked, or working a monitored case again. */
public record CaseStatusChange(
        @NotNull(message = "{case.status.required}") CaseStatus status,
        @NotNull(message = "{version.required}") Long version) {
}
