package kz.qorgau.duplicates.control;

import java.io.Serializable;

/** A file that looks like the same child's as the one opened, with the pair's id for the decision. */
public record DuplicateCandidate(long suspicionId, FileSummary file) implements Serializable {
}
