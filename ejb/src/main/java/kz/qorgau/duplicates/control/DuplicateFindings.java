package kz.qorgau.duplicates.control;

import java.io.Serializable;
import java.util.List;

/**
 * What opening a file found: the look-alike files the caller may see; how many more lie outside their jurisdiction,
 * of which they learn only that they exist, in {@code elsewhereNote}; and the file this one was merged into, if so.
 */
public record DuplicateFindings(List<DuplicateCandidate> candidates, int elsewhere, String elsewhereNote,
                                Long mergedIntoId) implements Serializable {

    public DuplicateFindings {
        candidates = List.copyOf(candidates);
    }

    public boolean hasAny() {
        return !candidates.isEmpty() || elsewhere > 0;
    }
}
