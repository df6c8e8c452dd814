package kz.qorgau.earlywarning.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The region to re-evaluate and, optionally, how many students each transaction takes (2,000 by default). */
public record EvaluationRequest(@NotNull(message = "{evaluation.region.required}") Long regionId,
                                @Min(value = 1, message = "{evaluation.block-size.range}")
                                @Max(value = 10_000, message = "{evaluation.block-size.range}") Integer blockSize) {
}
