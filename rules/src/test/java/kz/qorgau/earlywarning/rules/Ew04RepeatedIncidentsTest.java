package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static kz.qorgau.earlywarning.rules.ParticipantRole.VICTIM;
import static kz.qorgau.earlywarning.rules.ParticipantRole.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew04RepeatedIncidentsTest {

    @Test
    void raisesHighForThreeIncidentsAsPerpetrator() {
        var findings = new Scenario()
                .incident(1, PERPETRATOR).incident(10, PERPETRATOR).incident(20, PERPETRATOR)
                .evaluate("EW-04");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.HIGH);
            assertThat(f.getRoles()).containsExactlyInAnyOrder(StaffRole.INSPECTOR, StaffRole.SOCIAL_PEDAGOGUE);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofHours(72));
            assertThat(f.getEvidence()).containsExactly(
                    Evidence.incident(100), Evidence.incident(101), Evidence.incident(102));
        });
    }

    @Test
    void doesNotRaiseForTwoIncidents() {
        assertThat(new Scenario().incident(1, PERPETRATOR).incident(2, VICTIM).evaluate("EW-04")).isEmpty();
    }

    @Test
    void doesNotCountAWitness() {
        var findings = new Scenario()
                .incident(1, PERPETRATOR).incident(2, PERPETRATOR).incident(3, WITNESS)
                .evaluate("EW-04");

        assertThat(findings).isEmpty();
    }

    @Test
    void victimNeedsThePsychologist() {
        var findings = new Scenario()
                .incident(1, VICTIM).incident(2, VICTIM).incident(3, VICTIM)
                .evaluate("EW-04");

        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(f.getRoles()).containsExactly(StaffRole.PSYCHOLOGIST));
    }

    @Test
    void mixedRolesNeedEveryoneConcerned() {
        var findings = new Scenario()
                .incident(1, VICTIM).incident(2, PERPETRATOR).incident(3, VICTIM)
                .evaluate("EW-04");

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.getRoles())
                .containsExactlyInAnyOrder(StaffRole.INSPECTOR, StaffRole.SOCIAL_PEDAGOGUE, StaffRole.PSYCHOLOGIST));
    }

    @Test
    void countsAnIncidentThirtyDaysAgo() {
        var findings = new Scenario()
                .incident(0, PERPETRATOR).incident(15, PERPETRATOR).incident(30, PERPETRATOR)
                .evaluate("EW-04");

        assertThat(findings).hasSize(1);
    }

    @Test
    void ignoresAnIncidentThirtyOneDaysAgo() {
        var findings = new Scenario()
                .incident(0, PERPETRATOR).incident(15, PERPETRATOR).incident(31, PERPETRATOR)
                .evaluate("EW-04");

        assertThat(findings).isEmpty();
    }
}
