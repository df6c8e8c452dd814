package kz.qorgau.whatif.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.qorgau.earlywarning.rules.EvaluationDay;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Findings;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.SiblingCaseSignal;
import kz.qorgau.earlywarning.rules.Signal;
import kz.qorgau.earlywarning.rules.Thresholds;

/**
 * The arithmetic of a what-if over one block of students: the rules fire as they would have on each week's last
 * day of the period, seeing only the signals recorded by then, and each student counts once, at the highest level
 * any of those days reached. Siblings' cases are left out: they are real cases, which a dry run does not have.
 */
final class WhatIfDryRun {

    private static final int DAYS_PER_WEEK = 7;

    /** The compiled catalogue, as the server's {@code RuleEngine} runs it. */
    @FunctionalInterface
    interface Rules {
        Findings evaluate(EvaluationDay day, Thresholds thresholds, Collection<?> facts);
    }

    private WhatIfDryRun() {
    }

    /** The evaluation days: today and every seventh day before it, back to the start of the period. */
    static List<LocalDate> days(LocalDate today, int months) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today; !day.isBefore(today.minusMonths(months)); day = day.minusDays(DAYS_PER_WEEK)) {
            days.add(day);
        }
        return days;
    }

    /** How many students reach each level as their highest over the days. */
    static Map<Level, Integer> highestLevels(Rules rules, Thresholds thresholds, List<Object> facts,
                                             List<LocalDate> days) {
        Map<Long, Level> highest = new HashMap<>();
        for (LocalDate day : days) {
            for (Finding finding : rules.evaluate(new EvaluationDay(day), thresholds, asOf(facts, day)).all()) {
                highest.merge(finding.getStudentId(), finding.getLevel(), (a, b) -> a.isAbove(b) ? a : b);
            }
        }
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        highest.values().forEach(level -> counts.merge(level, 1, Integer::sum));
        return counts;
    }

    private static List<Object> asOf(List<Object> facts, LocalDate day) {
        return facts.stream()
                .filter(f -> !(f instanceof SiblingCaseSignal))
                .filter(f -> !(f instanceof Signal signal) || !signal.getDate().isAfter(day))
                .toList();
    }
}
