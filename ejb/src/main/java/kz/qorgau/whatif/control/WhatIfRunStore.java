package kz.qorgau.whatif.control;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.whatif.entity.WhatIfRun;

/**
 * The what-if runs' records, each change in its own transaction, so that progress shows while a run goes on. Internal
 * ({@code @PermitAll}): called by the what-if runs, in the background too.
 */
@Stateless
@PermitAll
public class WhatIfRunStore {

    @PersistenceContext
    EntityManager em;

    public WhatIfRun create(WhatIfRun run) {
        em.persist(run);
        return run;
    }

    public void add(long id, int students, Map<Level, Integer> proposed, Map<Level, Integer> active) {
        em.find(WhatIfRun.class, id, LockModeType.PESSIMISTIC_WRITE).add(students, proposed, active);
    }

    public void finish(long id, WhatIfRun.Status outcome) {
        em.find(WhatIfRun.class, id).finish(outcome, Instant.now());
    }

    public WhatIfRun find(long id) {
        return em.find(WhatIfRun.class, id);
    }
}
