package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.ParticipantRole.VICTIM;
import static kz.qorgau.earlywarning.rules.ParticipantRole.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew07RegisteredFamilyTest {

    @Test
    void tenUnexcusedDaysInThirtyDaysAreMediumForTheSocialPedagogue() {
        var findings = new Scenario().familyRegistration(100, null).absence(30, 16, 6).absence(15, 1, 4)
                .evaluate("EW-07");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.MEDIUM);
            assertThat(f.getRoles()).containsExactly(StaffRole.SOCIAL_PEDAGOGUE);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofDays(5));
            assertThat(f.getEvidence()).containsExactlyInAnyOrder(new Evidence(EvidenceKind.FAMILY_REGISTRATION, 100),
                    new Evidence(EvidenceKind.ABSENCE, 101), new Evidence(EvidenceKind.ABSENCE, 102));
            assertThat(f.getInputs()).containsEntry("unexcusedDays", 10);
        });
    }

    @Test
    void nineDaysAreNot() {
        assertThat(new Scenario().familyRegistration(100, null).absence(20, 1, 9).evaluate("EW-07")).isEmpty();
    }

    @Test
    void anyIncidentButAsWitnessWithinSixtyDays() {
        assertThat(new Scenario().familyRegistration(100, null).incident(60, VICTIM).evaluate("EW-07")).hasSize(1);
        assertThat(new Scenario().familyRegistration(100, null).incident(61, VICTIM).evaluate("EW-07")).isEmpty();
        assertThat(new Scenario().familyRegistration(100, null).incident(5, WITNESS).evaluate("EW-07")).isEmpty();
    }

    @Test
    void onlyWhileTheFamilyIsRegistered() {
        assertThat(new Scenario().absence(20, 1, 15).evaluate("EW-07")).isEmpty();
        assertThat(new Scenario().familyRegistration(100, 10).absence(20, 1, 15).evaluate("EW-07")).isEmpty();
    }
}
