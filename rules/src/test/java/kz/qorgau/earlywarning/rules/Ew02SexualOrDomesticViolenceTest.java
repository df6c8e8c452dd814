package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.IncidentType.DOMESTIC_VIOLENCE;
import static kz.qorgau.earlywarning.rules.IncidentType.FIGHT;
import static kz.qorgau.earlywarning.rules.IncidentType.SEXUAL_VIOLENCE;
import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static kz.qorgau.earlywarning.rules.ParticipantRole.VICTIM;
import static kz.qorgau.earlywarning.rules.ParticipantRole.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew02SexualOrDomesticViolenceTest {

    @Test
    void aVictimOfDomesticViolenceIsCriticalForTheInspectorAndThePsychologist() {
        var findings = new Scenario().incident(3, VICTIM, DOMESTIC_VIOLENCE).evaluate("EW-02");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.CRITICAL);
            assertThat(f.getRoles()).containsExactlyInAnyOrder(StaffRole.INSPECTOR, StaffRole.PSYCHOLOGIST);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofHours(24));
            assertThat(f.getEvidence()).containsExactly(Evidence.incident(100));
            assertThat(f.getRuleVersion()).isEqualTo("1");
            assertThat(f.getInputs()).containsEntry("windowDays", 365);
        });
    }

    @Test
    void aVictimOfSexualViolenceToo() {
        assertThat(new Scenario().incident(0, VICTIM, SEXUAL_VIOLENCE).evaluate("EW-02")).hasSize(1);
    }

    @Test
    void notThePerpetratorNorAWitnessNorAnotherKindOfIncident() {
        var findings = new Scenario()
                .incident(1, PERPETRATOR, DOMESTIC_VIOLENCE).incident(1, WITNESS, SEXUAL_VIOLENCE).incident(1, VICTIM, FIGHT)
                .evaluate("EW-02");

        assertThat(findings).isEmpty();
    }

    @Test
    void theWindowIsConfiguration() {
        Thresholds shorter = Thresholds.catalogue();
        shorter.setEw02WindowDays(30);

        assertThat(new Scenario().incident(30, VICTIM, DOMESTIC_VIOLENCE).with(shorter).evaluate("EW-02")).hasSize(1);
        assertThat(new Scenario().incident(31, VICTIM, DOMESTIC_VIOLENCE).with(shorter).evaluate("EW-02")).isEmpty();
    }
}
