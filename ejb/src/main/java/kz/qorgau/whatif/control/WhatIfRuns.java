package kz.qorgau.whatif.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import javax.sql.DataSource;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.earlywarning.control.RegionSignals;
import kz.qorgau.earlywarning.control.RuleEngine;
import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.control.StatementTimeout;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.security.Caller;
import kz.qorgau.thresholds.control.ActiveThresholds;
import kz.qorgau.thresholds.control.ThresholdSettings;
import kz.qorgau.thresholds.control.ThresholdVersions;
import kz.qorgau.thresholds.control.ThresholdsInForce;
import kz.qorgau.thresholds.entity.ThresholdStatus;
import kz.qorgau.thresholds.entity.ThresholdVersion;
import kz.qorgau.whatif.entity.WhatIfRun;

/**
 * What-if: a proposed threshold version tried on a region's signals of the last months, beside the version in force,
 * in the background, without touching a real case.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({COORDINATOR, ADMIN})
public class WhatIfRuns {

    @Inject
    Clock clock;

    static final String RECORD_TYPE = "what-if-run";
    private static final Logger LOG = Logger.getLogger(WhatIfRuns.class.getName());
    private static final int BLOCK = 2_000;

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @EJB
    ActiveThresholds active;

    @EJB
    WhatIfRunStore store;

    @EJB
    RuleEngine engine;

    @EJB
    AuditTrail audit;

    /** The run starts once its record is stored. */
    public WhatIfRunView start(int number, @NotNull(message = "{request.body.required}") @Valid WhatIfRequest request,
                               Caller caller) {
        ThresholdVersion draft = em.find(ThresholdVersion.class, number);
        if (draft == null) {
            throw new RecordNotFound(ThresholdVersions.RECORD_TYPE, number);
        }
        if (draft.getStatus() != ThresholdStatus.DRAFT) {
            throw new InvalidInput("thresholds.not-draft", number, draft.getStatus().name());
        }
        long regionId = request.regionId();
        int months = request.months();
        if (em.find(Region.class, regionId) == null
                || !(caller.jurisdiction().national() || caller.jurisdiction().regionIds().contains(regionId))) {
            throw new RecordNotFound("region", regionId);
        }
        ThresholdsInForce inForce = active.current();
        Thresholds proposed = ThresholdSettings.read(draft.getSettings());
        WhatIfRun run = store.create(new WhatIfRun(number, inForce.version(), regionId, months,
                countStudents(regionId), caller.username(), Instant.now()));
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, run.getId());
        long id = run.getId();
        executor.submit(() -> dryRun(id, regionId, months, proposed, inForce.values()));
        return WhatIfRunView.of(run);
    }

    public WhatIfRunView read(long id, Caller caller) {
        WhatIfRun run = store.find(id);
        if (run == null || !(caller.jurisdiction().national()
                || caller.jurisdiction().regionIds().contains(run.getRegionId()))) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return WhatIfRunView.of(run);
    }

    private void dryRun(long id, long regionId, int months, Thresholds proposed, Thresholds inForce) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = WhatIfDryRun.days(today, months);
        LocalDate since = days.get(days.size() - 1)
                .minusDays(Math.max(proposed.longestWindowDays(), inForce.longestWindowDays()));
        try (Connection connection = database.getConnection();
             StatementTimeout lifted = StatementTimeout.lifted(connection)) {
            new RegionSignals(connection, regionId, since).forEachBlock(BLOCK, block -> store.add(id,
                    block.students(), WhatIfDryRun.highestLevels(engine::evaluate, proposed, block.facts(), days),
                    WhatIfDryRun.highestLevels(engine::evaluate, inForce, block.facts(), days)));
            store.finish(id, WhatIfRun.Status.COMPLETED);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "What-if run " + id + " failed", e);
            store.finish(id, WhatIfRun.Status.FAILED);
        }
    }

    private int countStudents(long regionId) {
        try (Connection connection = database.getConnection()) {
            return RegionSignals.countStudents(connection, regionId);
        } catch (SQLException e) {
            throw new IllegalStateException("region " + regionId + " could not be counted", e);
        }
    }
}
