package kz.qorgau.earlywarning.control;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import javax.sql.DataSource;

import kz.qorgau.earlywarning.rules.EvaluationDay;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.thresholds.control.ActiveThresholds;
import kz.qorgau.thresholds.control.ThresholdsInForce;

/** Reads a block's signals and what its cases already say, and fires the rules once over the whole block. */
@Named
@Dependent
public class RegionBlockProcessor implements ItemProcessor {

    @Inject
    Clock clock;

    /** What the rules found for a block, beside what its cases already held. */
    public record Evaluated(int students, Findings findings, KnownCases known, ThresholdsInForce thresholds) {
    }

    @Inject
    @BatchProperty
    String regionId;

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    @EJB
    RuleEngine engine;

    @EJB
    ActiveThresholds thresholds;

    @Override
    public Object processItem(Object item) throws Exception {
        List<Long> ids = ((RegionBlockReader.Block) item).studentIds();
        ThresholdsInForce inForce = thresholds.current();
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = database.getConnection()) {
            StudentBlock block = new RegionSignals(connection, Long.parseLong(regionId), today, inForce.values())
                    .block(ids.get(0), ids.get(ids.size() - 1), ids.size());
            Findings findings = engine.evaluate(new EvaluationDay(today), inForce.values(), block.facts());
            return new Evaluated(ids.size(), findings, KnownCases.of(connection, ids, today), inForce);
        }
    }
}
