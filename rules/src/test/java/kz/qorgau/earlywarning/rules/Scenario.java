package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A student's signals on a pinned day, evaluated on a bare KieSession. */
final class Scenario {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final long STUDENT = 7L;
    static final long SCHOOL = 1001L;
    private static final EarlyWarningRules RULES = EarlyWarningRules.fromClasspath();

    private final List<Object> facts = new ArrayList<>(List.of(new StudentFact(STUDENT, SCHOOL, null)));
    private long nextId = 100;

    Scenario session(int daysAgo, RiskIndicator... indicators) {
        EnumSet<RiskIndicator> set = EnumSet.noneOf(RiskIndicator.class);
        set.addAll(List.of(indicators));
        facts.add(new SessionSignal(nextId++, STUDENT, TODAY.minusDays(daysAgo), set));
        return this;
    }

    Scenario incident(int daysAgo, ParticipantRole role) {
        facts.add(new IncidentSignal(nextId++, STUDENT, TODAY.minusDays(daysAgo), null, IncidentType.FIGHT, role,
                IncidentSource.SCHOOL, true));
        return this;
    }

    List<Finding> evaluate() {
        return RULES.evaluate(new EvaluationDay(TODAY), Thresholds.catalogue(), facts).all();
    }

    List<Finding> evaluate(String ruleId) {
        return evaluate().stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    }

    static Set<String> ruleIds() {
        return RULES.ruleIds();
    }
}
