package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static kz.qorgau.earlywarning.rules.ParticipantRole.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class Ew09RiskScoreTest {

    private static final EvaluationDay DAY = new EvaluationDay(Scenario.TODAY);

    @Test
    void aSignalWeighsHalfAfterOneHalfLife() {
        Thresholds t = Thresholds.catalogue();
        RaidDeliverySignal today = new RaidDeliverySignal(1, 7, Scenario.TODAY);
        RaidDeliverySignal monthAgo = new RaidDeliverySignal(2, 7, Scenario.TODAY.minusDays(30));

        assertThat(RiskScore.contribution(today, DAY, t)).isEqualTo(2.0);
        assertThat(RiskScore.contribution(monthAgo, DAY, t)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void anActiveRegistrationWeighsFullyAndARemovedOneNotAtAll() {
        Thresholds t = Thresholds.catalogue();

        assertThat(RiskScore.contribution(new PoliceRegistrationSignal(1, 7, Scenario.TODAY.minusDays(300), null), DAY, t))
                .isEqualTo(3.0);
        assertThat(RiskScore.contribution(new PoliceRegistrationSignal(1, 7, Scenario.TODAY.minusDays(300),
                Scenario.TODAY.minusDays(1)), DAY, t)).isZero();
    }

    @Test
    void aRoutineSessionAndAWitnessWeighNothing() {
        RiskScore score = RiskScore.of(List.of(
                new SessionSignal(1, 7, Scenario.TODAY, java.util.Set.of()),
                new IncidentSignal(2, 7, Scenario.TODAY, null, IncidentType.FIGHT, WITNESS, IncidentSource.SCHOOL, true)),
                DAY, Thresholds.catalogue());

        assertThat(score.getScore()).isZero();
        assertThat(score.getLevel()).isNull();
    }

    @Test
    void signalsJustUnderTheLowBandRaiseNothing() {
        // a session with a risk indicator weighs 3.0 today, an unexcused day 0.2: 3.8 is under the LOW band of 4.0
        assertThat(new Scenario().session(0, RiskIndicator.FAMILY_CONFLICT).absence(10, 0, 4).evaluate("EW-09"))
                .isEmpty();
        assertThat(new Scenario().session(0, RiskIndicator.FAMILY_CONFLICT).absence(10, 0, 5).evaluate("EW-09"))
                .singleElement().satisfies(f -> {
                    assertThat(f.getLevel()).isEqualTo(Level.LOW);
                    assertThat(f.getFirstContact()).isEqualTo(Duration.ofDays(10));
                });
    }

    @Test
    void theBandIsTheLevelAndTheDominantSignalNamesWhoActs() {
        var findings = new Scenario()
                .session(0, RiskIndicator.FAMILY_CONFLICT).session(1, RiskIndicator.DEPRESSION_SIGNS)
                .incident(0, ParticipantRole.VICTIM).absence(20, 1, 2)
                .evaluate("EW-09");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.MEDIUM);
            assertThat(f.getRoles()).containsExactly(StaffRole.PSYCHOLOGIST);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofDays(5));
            assertThat(f.getEvidence()).hasSize(4);
            assertThat((Double) f.getInputs().get("score")).isBetween(7.0, 11.0);
        });
    }

    @Test
    void aHighScoreIsHighWithinSeventyTwoHours() {
        var findings = new Scenario()
                .session(0, RiskIndicator.AGGRESSION).session(0, RiskIndicator.FAMILY_CONFLICT)
                .session(0, RiskIndicator.RUNAWAY_RISK).incident(0, PERPETRATOR).incident(0, ParticipantRole.VICTIM)
                .evaluate("EW-09");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.HIGH);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofHours(72));
        });
    }

    @Test
    void theBandsAreConfiguration() {
        Thresholds lower = Thresholds.catalogue();
        lower.setEw09LowBand(1.5);

        assertThat(new Scenario().raidDelivery(0).with(lower).evaluate("EW-09")).hasSize(1);
    }

    @Test
    void saysNothingWhenASpecificRuleAlreadyReachedItsLevel() {
        Scenario scenario = new Scenario().session(1, RiskIndicator.SUICIDAL_IDEATION).session(2, RiskIndicator.SELF_HARM);

        assertThat(scenario.evaluate("EW-01")).hasSize(1);
        assertThat(scenario.evaluate("EW-09")).isEmpty();
    }

    @Test
    void speaksWhenItReachesAHigherLevelThanTheSpecificRules() {
        var findings = new Scenario().familyRegistration(300, null)
                .session(0, RiskIndicator.AGGRESSION).session(0, RiskIndicator.FAMILY_CONFLICT)
                .session(1, RiskIndicator.DEPRESSION_SIGNS).incident(0, ParticipantRole.VICTIM)
                .evaluate();

        assertThat(findings).extracting(Finding::getRuleId).contains("EW-07", "EW-13", "EW-09");
        assertThat(findings).filteredOn(f -> f.getRuleId().equals("EW-09")).singleElement()
                .satisfies(f -> assertThat(f.getLevel()).isEqualTo(Level.HIGH));
    }
}
