package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.EscalationTarget.COORDINATOR;
import static kz.qorgau.earlywarning.rules.EscalationTarget.OMBUDSMAN;
import static kz.qorgau.earlywarning.rules.EscalationTarget.SCHOOL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class Ew10FirstContactDeadlineTest {

    private static final Duration THREE_DAYS = Duration.ofHours(72);

    @Test
    void withinTheDeadlineNothingHappens() {
        assertThat(Scenario.deadlines(Level.HIGH, 71, THREE_DAYS, null)).isEmpty();
    }

    @Test
    void pastTheDeadlineTheSchoolAdministrationHears() {
        assertThat(Scenario.deadlines(Level.HIGH, 73, THREE_DAYS, null))
                .extracting(Escalation::target).containsExactly(SCHOOL_ADMIN);
    }

    @Test
    void pastTwiceTheDeadlineTheCoordinatorToo() {
        assertThat(Scenario.deadlines(Level.HIGH, 145, THREE_DAYS, null))
                .extracting(Escalation::target).containsExactlyInAnyOrder(SCHOOL_ADMIN, COORDINATOR);
    }

    @Test
    void anOverdueCriticalCaseReachesTheOmbudsman() {
        assertThat(Scenario.deadlines(Level.CRITICAL, 25, Duration.ofHours(24), null))
                .extracting(Escalation::target).containsExactlyInAnyOrder(SCHOOL_ADMIN, OMBUDSMAN);
    }

    @Test
    void aFirstContactStopsTheClock() {
        assertThat(Scenario.deadlines(Level.CRITICAL, 200, Duration.ofHours(24), Instant.EPOCH)).isEmpty();
    }
}
