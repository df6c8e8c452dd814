package kz.qorgau.transfers.control;

import jakarta.validation.constraints.NotNull;

/** Hand a student over to another school. */
public record TransferRequest(@NotNull(message = "{transfer.to-school.required}") Long toSchoolId) {
}
