package kz.qorgau.earlywarning.control;

import java.time.Instant;

/** A region's re-evaluation as the API shows it: the job's status and how far it got. */
public record RegionEvaluationView(long id, long regionId, String status, int studentsTotal, int studentsDone,
                                   int casesOpened, int casesChanged, String requestedBy, Instant startedAt,
                                   Instant endedAt) {
}
