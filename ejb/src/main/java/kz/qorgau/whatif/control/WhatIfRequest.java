package kz.qorgau.whatif.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A what-if run asked for: on which region's signals, and how many months back. */
public record WhatIfRequest(
        @NotNull(message = "{what-if.region.required}") @Min(value = 1, message = "{what-if.region.required}") Long regionId,
        @NotNull(message = "{what-if.months.range}") @Min(value = 1, message = "{what-if.months.range}")
        @Max(value = 24, message = "{what-if.months.range}") Integer months) {
}
