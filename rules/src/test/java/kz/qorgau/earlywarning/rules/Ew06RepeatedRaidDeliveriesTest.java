package kz.qorgau.earlywarning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew06RepeatedRaidDeliveriesTest {

    @Test
    void twoDeliveriesInNinetyDaysAreMediumForTheInspector() {
        var findings = new Scenario().raidDelivery(1).raidDelivery(90).evaluate("EW-06");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.MEDIUM);
            assertThat(f.getRoles()).containsExactly(StaffRole.INSPECTOR);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofDays(5));
            assertThat(f.getEvidence()).hasSize(2);
            assertThat(f.getInputs()).containsEntry("minimum", 2).containsEntry("windowDays", 90);
        });
    }

    @Test
    void oneDeliveryOrOneOutsideTheWindowIsNot() {
        assertThat(new Scenario().raidDelivery(1).evaluate("EW-06")).isEmpty();
        assertThat(new Scenario().raidDelivery(1).raidDelivery(91).evaluate("EW-06")).isEmpty();
    }

    @Test
    void theMinimumIsConfiguration() {
        Thresholds stricter = Thresholds.catalogue();
        stricter.setEw06MinDeliveries(3);

        assertThat(new Scenario().raidDelivery(1).raidDelivery(2).with(stricter).evaluate("EW-06")).isEmpty();
    }
}
