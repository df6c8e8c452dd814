package kz.qorgau.earlywarning.control;

import java.time.Duration;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.control.ScheduledRuns;

/**
 * Re-evaluates every region with students each night, so that windows that closed and signals that aged out are
 * reflected even where nothing new arrived. The runs a crash interrupts are resumed by {@link EvaluationWatch}.
 */
@Singleton
public class NightlyEvaluation {

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @EJB
    RegionEvaluations evaluations;

    @Schedule(hour = "1", minute = "0", timezone = "Asia/Almaty")
    void nightly() {
        if (!runs.claim("nightly-evaluation", Duration.ofDays(1))) {
            return;
        }
        List<Long> regions = em.createQuery("""
                        select distinct d.region.id from Student s join s.school sc join sc.district d
                        order by 1""", Long.class).getResultList();
        regions.forEach(region -> evaluations.start(region, null, "system"));
    }
}
