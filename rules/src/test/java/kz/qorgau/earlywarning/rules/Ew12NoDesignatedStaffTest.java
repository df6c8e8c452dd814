package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ew12NoDesignatedStaffTest {

    @Test
    void aCriticalCaseAtASchoolWithoutASocialPedagogueGoesToTheCoordinator() {
        var escalations = new Scenario().staffedWith(StaffRole.PSYCHOLOGIST)
                .session(1, RiskIndicator.SUICIDAL_IDEATION).run().escalations();

        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("EW-12");
            assertThat(e.target()).isEqualTo(EscalationTarget.COORDINATOR);
            assertThat(e.missingRoles()).containsExactly(StaffRole.SOCIAL_PEDAGOGUE);
            assertThat(e.studentId()).isEqualTo(Scenario.STUDENT);
        });
    }

    @Test
    void aSchoolWithNobodyDesignatedMissesEveryRoleOnce() {
        var escalations = new Scenario().staffedWith()
                .session(1, RiskIndicator.SELF_HARM)
                .incident(1, PERPETRATOR).incident(2, PERPETRATOR).incident(3, PERPETRATOR)
                .run().escalations();

        assertThat(escalations).singleElement().satisfies(e -> assertThat(e.missingRoles())
                .containsExactlyInAnyOrder(StaffRole.PSYCHOLOGIST, StaffRole.SOCIAL_PEDAGOGUE, StaffRole.INSPECTOR));
    }

    @Test
    void aFullyStaffedSchoolOrAMediumCaseNeedsNoEscalation() {
        assertThat(new Scenario().session(1, RiskIndicator.SUICIDAL_IDEATION).run().escalations()).isEmpty();
        assertThat(new Scenario().staffedWith().raidDelivery(1).raidDelivery(2).run().escalations()).isEmpty();
    }
}
