package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.RiskIndicator.AGGRESSION;
import static kz.qorgau.earlywarning.rules.RiskIndicator.SELF_HARM;
import static kz.qorgau.earlywarning.rules.RiskIndicator.SUICIDAL_IDEATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class Ew01SuicidalIdeationTest {

    @Test
    void raisesCriticalForSuicidalIdeationToday() {
        List<Finding> findings = new Scenario().session(0, SUICIDAL_IDEATION).evaluate("EW-01");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.CRITICAL);
            assertThat(f.getRoles()).containsExactlyInAnyOrder(StaffRole.PSYCHOLOGIST, StaffRole.SOCIAL_PEDAGOGUE);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofHours(24));
            assertThat(f.getEvidence()).containsExactly(Evidence.session(100));
        });
    }

    @Test
    void raisesForSelfHarm() {
        assertThat(new Scenario().session(3, SELF_HARM).evaluate("EW-01")).hasSize(1);
    }

    @Test
    void countsASessionThirtyDaysAgo() {
        assertThat(new Scenario().session(30, SUICIDAL_IDEATION).evaluate("EW-01")).hasSize(1);
    }

    @Test
    void ignoresASessionThirtyOneDaysAgo() {
        assertThat(new Scenario().session(31, SUICIDAL_IDEATION).evaluate("EW-01")).isEmpty();
    }

    @Test
    void ignoresOtherIndicators() {
        assertThat(new Scenario().session(1, AGGRESSION).evaluate("EW-01")).isEmpty();
    }

    @Test
    void raisesOnceWithEveryQualifyingSessionAsEvidence() {
        List<Finding> findings = new Scenario()
                .session(2, SUICIDAL_IDEATION)
                .session(5, SELF_HARM, AGGRESSION)
                .session(40, SUICIDAL_IDEATION)
                .evaluate("EW-01");

        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(f.getEvidence()).containsExactly(Evidence.session(100), Evidence.session(101)));
    }

    @Test
    void catalogueHoldsTheFoundationRules() {
        assertThat(Scenario.ruleIds()).contains("EW-01", "EW-04");
    }
}
