package kz.qorgau.safety.control;

import java.time.Instant;
import java.util.List;

import kz.qorgau.safety.entity.ProfileOrigin;

/** One committed state of a profile: who, when, by an edit or which inspection, what changed, and the result. */
public record ProfileRevision(long id, Instant changedAt, String changedBy, ProfileOrigin origin, Long inspectionId,
                              List<String> changed, SafetyFacts profile) {
}
