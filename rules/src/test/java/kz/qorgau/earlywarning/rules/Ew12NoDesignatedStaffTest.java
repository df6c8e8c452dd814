package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.EscalationTarget.COORDINATOR;
import static kz.qorgau.earlywarning.rules.EscalationTarget.SCHOOL_ADMIN;
import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class Ew12NoDesignatedStaffTest {

    @Test
    void aCriticalCaseWithoutASocialPedagogueGoesToTheSchoolAdministratorAndTheCoordinator() {
        var escalations = new Scenario().staffedWith(StaffRole.PSYCHOLOGIST, StaffRole.SCHOOL_ADMIN)
                .session(1, RiskIndicator.SUICIDAL_IDEATION).run().escalations();

        assertThat(escalations).extracting(Escalation::target).containsExactlyInAnyOrder(SCHOOL_ADMIN, COORDINATOR);
        assertThat(escalations).allSatisfy(e -> {
            assertThat(e.ruleId()).isEqualTo("EW-12");
            assertThat(e.missingRoles()).containsExactly(StaffRole.SOCIAL_PEDAGOGUE);
            assertThat(e.studentId()).isEqualTo(Scenario.STUDENT);
        });
    }

    @Test
    void aHighCaseAtASchoolWithoutAnAdministratorGoesToTheCoordinatorNamingBoth() {
        var escalations = new Scenario().staffedWith(StaffRole.PSYCHOLOGIST)
                .session(1, RiskIndicator.SUICIDAL_IDEATION).run().escalations();

        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo(COORDINATOR);
            assertThat(e.missingRoles()).containsExactlyInAnyOrder(StaffRole.SOCIAL_PEDAGOGUE, StaffRole.SCHOOL_ADMIN);
        });
    }

    @Test
    void aMediumCaseWithoutAnInspectorGoesToTheSchoolAdministratorOnly() {
        var escalations = new Scenario().staffedWith(StaffRole.PSYCHOLOGIST, StaffRole.SOCIAL_PEDAGOGUE,
                StaffRole.SCHOOL_ADMIN).raidDelivery(1).raidDelivery(2).run().escalations();

        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo(SCHOOL_ADMIN);
            assertThat(e.missingRoles()).containsExactly(StaffRole.INSPECTOR);
        });
    }

    @Test
    void aLowCaseAtASchoolWithNobodyDesignatedGoesToTheCoordinator() {
        var escalations = new Scenario().staffedWith().familyRegistration(10, null).run().escalations();

        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo(COORDINATOR);
            assertThat(e.missingRoles()).containsExactlyInAnyOrder(StaffRole.SOCIAL_PEDAGOGUE, StaffRole.SCHOOL_ADMIN);
        });
    }

    @Test
    void aSchoolWithNobodyDesignatedMissesEveryRoleOnce() {
        var escalations = new Scenario().staffedWith()
                .session(1, RiskIndicator.SELF_HARM)
                .incident(1, PERPETRATOR).incident(2, PERPETRATOR).incident(3, PERPETRATOR)
                .run().escalations();

        assertThat(escalations).singleElement().satisfies(e -> assertThat(e.missingRoles())
                .containsExactlyInAnyOrder(StaffRole.PSYCHOLOGIST, StaffRole.SOCIAL_PEDAGOGUE, StaffRole.INSPECTOR,
                        StaffRole.SCHOOL_ADMIN));
    }

    @Test
    void aFullyStaffedSchoolNeedsNoEscalationAtAnyLevel() {
        for (Scenario scenario : List.of(new Scenario().session(1, RiskIndicator.SUICIDAL_IDEATION),
                new Scenario().raidDelivery(1).raidDelivery(2), new Scenario().familyRegistration(10, null))) {
            assertThat(scenario.run().escalations()).isEmpty();
        }
    }
}
