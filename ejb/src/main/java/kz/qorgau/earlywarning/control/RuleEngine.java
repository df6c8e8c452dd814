package kz.qorgau.earlywarning.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.util.Collection;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import kz.qorgau.earlywarning.rules.EarlyWarningRules;
import kz.qorgau.earlywarning.rules.EvaluationDay;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Now;
import kz.qorgau.earlywarning.rules.OpenCase;
import kz.qorgau.earlywarning.rules.Thresholds;

/**
 * Compiles the catalogue once, at start-up, so that the first signal of the day does not wait for it. Sessions
 * are created per evaluation, so concurrent callers need no lock. Evaluating is {@code @PermitAll}: it serves other
 * beans, the deadline timer and the batch jobs, which run without a caller.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RuleEngine {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());

    private EarlyWarningRules rules;

    @PostConstruct
    void compile() {
        long start = System.nanoTime();
        rules = EarlyWarningRules.fromClasspath();
        LOG.info(() -> "Early-warning rules " + rules.ruleIds() + " compiled in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @PermitAll
    public Findings evaluate(EvaluationDay day, Thresholds thresholds, Collection<?> facts) {
        return rules.evaluate(day, thresholds, facts);
    }

    @PermitAll
    public Findings checkDeadlines(Now now, Collection<OpenCase> cases) {
        return rules.checkDeadlines(now, cases);
    }

    @PermitAll
    public String versionOf(String ruleId) {
        return rules.versionOf(ruleId);
    }

    @RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
    public Set<String> ruleIds() {
        return rules.ruleIds();
    }
}
