package kz.qorgau.duplicates.control;

import java.time.Instant;
import java.util.Map;

import kz.qorgau.duplicates.entity.StudentMerge;

/** A merge, with how many rows of each table it moved, and until when it can be undone. */
public record MergeView(long id, long keptStudentId, long mergedStudentId, String mergedBy, Instant mergedAt,
                        Instant undoableUntil, String undoneBy, Instant undoneAt, Map<String, Integer> moved) {

    public MergeView {
        moved = Map.copyOf(moved);
    }

    static MergeView of(StudentMerge m, Map<String, Integer> moved) {
        return new MergeView(m.getId(), m.getKeptStudent().getId(), m.getMergedStudent().getId(), m.getMergedBy(),
                m.getMergedAt(), m.undoableUntil(), m.getUndoneBy(), m.getUndoneAt(), moved);
    }
}
