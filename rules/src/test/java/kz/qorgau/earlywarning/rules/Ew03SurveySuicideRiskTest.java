package kz.qorgau.earlywarning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew03SurveySuicideRiskTest {

    @Test
    void aScoreAtTheThresholdIsHighForThePsychologist() {
        var findings = new Scenario().survey(10, 10, 10, true).evaluate("EW-03");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.HIGH);
            assertThat(f.getRoles()).containsExactly(StaffRole.PSYCHOLOGIST);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofHours(72));
            assertThat(f.getEvidence()).containsExactly(new Evidence(EvidenceKind.SURVEY_RESULT, 100));
        });
    }

    @Test
    void aScoreJustBelowTheThresholdIsNot() {
        assertThat(new Scenario().survey(10, 9.5, 10, true).evaluate("EW-03")).isEmpty();
    }

    @Test
    void onlyScalesThatMeasureSuicideRisk() {
        assertThat(new Scenario().survey(10, 25, 10, false).evaluate("EW-03")).isEmpty();
    }

    @Test
    void aResultOlderThanTheWindowIsNot() {
        assertThat(new Scenario().survey(180, 15, 10, true).evaluate("EW-03")).hasSize(1);
        assertThat(new Scenario().survey(181, 15, 10, true).evaluate("EW-03")).isEmpty();
    }
}
