package kz.qorgau.earlywarning.control;

import java.time.Instant;

/**
 * A run of a region's re-evaluation as the API shows it: the job's status and how far this run got. A restart names
 * the run it continues ({@code continues}) and the students the runs before it had done ({@code studentsBefore});
 * {@code studentsDone} counts only this run's own.
 */
public record RegionEvaluationView(long id, long regionId, String status, Long continues, int studentsTotal,
                                   int studentsBefore, int studentsDone, int casesOpened, int casesChanged,
                                   String requestedBy, Instant startedAt, Instant endedAt) {
}
