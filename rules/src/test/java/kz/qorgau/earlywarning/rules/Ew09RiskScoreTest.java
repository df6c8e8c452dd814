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
        // two fresh raid deliveries: 2 + 2 = 4.0 is the LOW band, one a day older falls just under it
        assertThat(new Scenario().raidDelivery(0).raidDelivery(1).evaluate("EW-09")).isEmpty();
        assertThat(new Scenario().raidDelivery(0).raidDelivery(0).evaluate("EW-09")).singleElement()
                .satisfies(f -> assertThat(f.getLevel()).isEqualTo(Level.LOW));
    }

    @Test
    void theBandIsTheLevelAndTheDominantSignalNamesWhoActs() {
        var findings = new Scenario()
                .policeRegistration(200, null).raidDelivery(0).raidDelivery(3).incident(1, PERPETRATOR)
                .absence(20, 1, 5)
                .evaluate("EW-09");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.MEDIUM);
            assertThat(f.getRoles()).containsExactly(StaffRole.INSPECTOR);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofDays(5));
            assertThat(f.getEvidence()).hasSize(5);
            assertThat((Double) f.getInputs().get("score")).isBetween(7.0, 11.0);
        });
    }

    @Test
    void aHighScoreIsHighWithinSeventyTwoHours() {
        var findings = new Scenario()
                .policeRegistration(200, null).familyRegistration(200, null).raidDelivery(0).raidDelivery(0)
                .incident(0, PERPETRATOR)
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
}
