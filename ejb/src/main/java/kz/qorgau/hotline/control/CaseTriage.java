package kz.qorgau.hotline.control;

import jakarta.validation.constraints.NotNull;

/** Triage into the early-warning work about a child: which child. */
public record CaseTriage(@NotNull(message = "{hotline.student.required}") Long studentId) {
}
