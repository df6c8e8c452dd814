package kz.qorgau.duplicates.control;

import jakarta.validation.constraints.NotNull;

/** Which file stays and which is merged into it, taking along everything it holds. */
public record MergeRequest(
        @NotNull(message = "{duplicates.merge.kept.required}") Long keptStudentId,
        @NotNull(message = "{duplicates.merge.merged.required}") Long mergedStudentId) {
}
