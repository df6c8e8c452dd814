package kz.qorgau.whatif.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.EarlyWarningRules;
import kz.qorgau.earlywarning.rules.IncidentSignal;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.earlywarning.rules.PoliceRegistrationSignal;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.earlywarning.rules.SchoolStaffing;
import kz.qorgau.earlywarning.rules.SessionSignal;
import kz.qorgau.earlywarning.rules.SiblingCaseSignal;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.earlywarning.rules.StudentFact;
import kz.qorgau.earlywarning.rules.Thresholds;

/** The dry run's arithmetic with the real catalogue: which days, which facts on each day, which level counts. */
class WhatIfDryRunTest {

    private static final WhatIfDryRun.Rules RULES = EarlyWarningRules.fromClasspath()::evaluate;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final long SCHOOL = 1001L;

    private final List<Object> facts = new ArrayList<>(List.of(new SchoolStaffing(SCHOOL, EnumSet.allOf(StaffRole.class))));
    private long nextId = 100;

    @Test
    void evaluatesWeeklyFromTodayBackToTheStartOfThePeriod() {
        assertThat(WhatIfDryRun.days(TODAY, 1)).containsExactly(TODAY, TODAY.minusDays(7), TODAY.minusDays(14),
                TODAY.minusDays(21), TODAY.minusDays(28));
        assertThat(WhatIfDryRun.days(TODAY, 24)).hasSize(105).last().isEqualTo(TODAY.minusDays(104 * 7));
    }

    @Test
    void countsEachStudentOnceAtTheHighestLevelAnyDayReached() {
        student(1).session(1, TODAY.minusDays(10), RiskIndicator.SUICIDAL_IDEATION);
        student(2).incident(2, TODAY.minusDays(2)).incident(2, TODAY.minusDays(4));

        Map<Level, Integer> catalogue = levels(Thresholds.catalogue(), WhatIfDryRun.days(TODAY, 1));
        Map<Level, Integer> proposed = levels(ew04Minimum(2), WhatIfDryRun.days(TODAY, 1));

        assertThat(catalogue).containsExactly(Map.entry(Level.CRITICAL, 1));
        assertThat(proposed).containsOnly(Map.entry(Level.HIGH, 1), Map.entry(Level.CRITICAL, 1));
    }

    @Test
    void leavesOutWhatHappenedAfterTheEvaluationDay() {
        student(1).session(1, TODAY.minusDays(3), RiskIndicator.SELF_HARM);

        assertThat(levels(Thresholds.catalogue(), List.of(TODAY.minusDays(7)))).isEmpty();
        assertThat(levels(Thresholds.catalogue(), List.of(TODAY))).containsExactly(Map.entry(Level.CRITICAL, 1));
    }

    @Test
    void countsARegistrationOnTheDaysItWasActive() {
        student(1).incident(1, TODAY.minusDays(8));
        facts.add(new PoliceRegistrationSignal(nextId++, 1, TODAY.minusDays(100), TODAY.minusDays(3)));

        assertThat(levels(Thresholds.catalogue(), List.of(TODAY))).as("removed by then").isEmpty();
        assertThat(levels(Thresholds.catalogue(), List.of(TODAY.minusDays(7)))).as("still registered then (EW-05)")
                .containsExactly(Map.entry(Level.HIGH, 1));
    }

    @Test
    void leavesOutTheRealCasesOfSiblings() {
        student(1);
        facts.add(new SiblingCaseSignal(nextId++, 1, 2, Level.CRITICAL, TODAY.minusDays(1)));

        assertThat(levels(Thresholds.catalogue(), List.of(TODAY))).isEmpty();
    }

    private Map<Level, Integer> levels(Thresholds thresholds, List<LocalDate> days) {
        return WhatIfDryRun.highestLevels(RULES, thresholds, facts, days);
    }

    private static Thresholds ew04Minimum(int minimum) {
        Thresholds thresholds = Thresholds.catalogue();
        thresholds.setEw04MinIncidents(minimum);
        return thresholds;
    }

    private WhatIfDryRunTest student(long id) {
        facts.add(new StudentFact(id, SCHOOL, null));
        return this;
    }

    private WhatIfDryRunTest session(long student, LocalDate on, RiskIndicator indicator) {
        facts.add(new SessionSignal(nextId++, student, on, Set.of(indicator)));
        return this;
    }

    private WhatIfDryRunTest incident(long student, LocalDate on) {
        facts.add(new IncidentSignal(nextId++, student, on, null, IncidentType.FIGHT, ParticipantRole.PERPETRATOR,
                IncidentSource.SCHOOL, true));
        return this;
    }
}
