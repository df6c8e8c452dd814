package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static kz.qorgau.earlywarning.rules.ParticipantRole.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew05RegisteredStudentInNewTroubleTest {

    @Test
    void aRaidDeliveryAfterRegistrationIsHighForTheInspector() {
        var findings = new Scenario().policeRegistration(30, null).raidDelivery(2).evaluate("EW-05");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.HIGH);
            assertThat(f.getRoles()).containsExactly(StaffRole.INSPECTOR);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofHours(72));
            assertThat(f.getEvidence()).containsExactlyInAnyOrder(
                    new Evidence(EvidenceKind.POLICE_REGISTRATION, 100), new Evidence(EvidenceKind.RAID_DELIVERY, 101));
        });
    }

    @Test
    void anIncidentAfterRegistrationToo() {
        assertThat(new Scenario().policeRegistration(30, null).incident(60, PERPETRATOR).evaluate("EW-05")).isEmpty();
        assertThat(new Scenario().policeRegistration(90, null).incident(60, PERPETRATOR).evaluate("EW-05")).hasSize(1);
    }

    @Test
    void notAsAWitnessNorBeforeTheRegistrationNorOutsideTheWindow() {
        assertThat(new Scenario().policeRegistration(30, null).incident(1, WITNESS).evaluate("EW-05")).isEmpty();
        assertThat(new Scenario().policeRegistration(10, null).raidDelivery(11).evaluate("EW-05")).isEmpty();
        assertThat(new Scenario().policeRegistration(100, null).raidDelivery(61).evaluate("EW-05")).isEmpty();
    }

    @Test
    void notOnceTheRegistrationIsRemoved() {
        assertThat(new Scenario().policeRegistration(30, 5).raidDelivery(2).evaluate("EW-05")).isEmpty();
    }
}
