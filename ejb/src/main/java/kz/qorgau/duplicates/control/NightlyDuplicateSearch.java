package kz.qorgau.duplicates.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.control.ScheduledRuns;

/**
 * Every night, each region's files compared pairwise within a birth day, so that a duplicate nobody has opened yet
 * (a file at each of two schools, both quiet) reaches the region's coordinator's list by the morning. Pairs already
 * known, dismissed ones above all, are not raised again.
 */
@Stateless
public class NightlyDuplicateSearch {

    /** The audit and the list name the scheduler as the finder, not a person. */
    static final String FINDER = "scheduler";

    private static final Logger LOG = Logger.getLogger(NightlyDuplicateSearch.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @EJB
    DuplicateSearch search;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "15", timezone = "Asia/Almaty")
    void nightly() {
        if (!runs.claim("nightly-duplicate-search", Duration.ofDays(1))) {
            return;
        }
        DuplicateScan scan = run(null);
        LOG.info(() -> "Nightly search for duplicate files: " + scan);
    }

    /**
     * One pass now, for operators and the tests: over one region, or every region with students when none is
     * given. Idempotent; two at once add each pair once.
     */
    @RolesAllowed(ADMIN)
    public DuplicateScan run(Long regionId) {
        Instant at = clock.instant();
        List<Long> regions = em.createQuery("""
                        select distinct d.region.id from Student s join s.school sc join sc.district d
                        where :region is null or d.region.id = :region
                        order by 1""", Long.class).setParameter("region", regionId).getResultList();
        DuplicateScan total = new DuplicateScan(0, 0, 0);
        for (long region : regions) {
            total = total.plus(search.region(region, FINDER, at));
        }
        return total;
    }
}
