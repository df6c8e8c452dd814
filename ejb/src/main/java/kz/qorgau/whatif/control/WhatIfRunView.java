package kz.qorgau.whatif.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.whatif.entity.WhatIfRun;

/**
 * A what-if run: how far it got and, per version, how many students would have had a case raised at each highest
 * level over the period.
 */
public record WhatIfRunView(long id, long regionId, int months, String status, int studentsTotal, int studentsDone,
                            Outcome proposed, Outcome active, String requestedBy, Instant requestedAt,
                            Instant finishedAt) implements Serializable {

    /** One version's figures. */
    public record Outcome(int version, int LOW, int MEDIUM, int HIGH, int CRITICAL) implements Serializable {

        static Outcome of(int version, Map<Level, Integer> counts) {
            return new Outcome(version, counts.get(Level.LOW), counts.get(Level.MEDIUM), counts.get(Level.HIGH),
                    counts.get(Level.CRITICAL));
        }
    }

    static WhatIfRunView of(WhatIfRun run) {
        return new WhatIfRunView(run.getId(), run.getRegionId(), run.getMonths(), run.getStatus().name(),
                run.getStudentsTotal(), run.getStudentsDone(),
                Outcome.of(run.getProposedVersion(), run.counts(true)), Outcome.of(run.getActiveVersion(),
                run.counts(false)), run.getRequestedBy(), run.getRequestedAt(), run.getFinishedAt());
    }
}
