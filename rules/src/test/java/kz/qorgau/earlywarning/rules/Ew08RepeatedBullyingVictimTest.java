package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.IncidentType.BULLYING;
import static kz.qorgau.earlywarning.rules.IncidentType.CYBERBULLYING;
import static kz.qorgau.earlywarning.rules.IncidentType.FIGHT;
import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static kz.qorgau.earlywarning.rules.ParticipantRole.VICTIM;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ew08RepeatedBullyingVictimTest {

    @Test
    void bulliedTwiceInSixtyDaysIsMediumForThePsychologist() {
        var findings = new Scenario().incident(1, VICTIM, BULLYING).incident(60, VICTIM, CYBERBULLYING)
                .evaluate("EW-08");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.MEDIUM);
            assertThat(f.getRoles()).containsExactly(StaffRole.PSYCHOLOGIST);
            assertThat(f.getEvidence()).hasSize(2);
        });
    }

    @Test
    void onceOrOutsideTheWindowOrAsTheBullyIsNot() {
        assertThat(new Scenario().incident(1, VICTIM, BULLYING).evaluate("EW-08")).isEmpty();
        assertThat(new Scenario().incident(1, VICTIM, BULLYING).incident(61, VICTIM, BULLYING).evaluate("EW-08"))
                .isEmpty();
        assertThat(new Scenario().incident(1, PERPETRATOR, BULLYING).incident(2, PERPETRATOR, BULLYING)
                .evaluate("EW-08")).isEmpty();
        assertThat(new Scenario().incident(1, VICTIM, FIGHT).incident(2, VICTIM, BULLYING).evaluate("EW-08")).isEmpty();
    }
}
