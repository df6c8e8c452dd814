package kz.qorgau.earlywarning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class Ew13SiblingReviewTest {

    @Test
    void aChildOfARegisteredFamilyGetsAReviewByTheSocialPedagogue() {
        var findings = new Scenario().familyRegistration(1, null).evaluate("EW-13");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getLevel()).isEqualTo(Level.LOW);
            assertThat(f.getRoles()).containsExactly(StaffRole.SOCIAL_PEDAGOGUE);
            assertThat(f.getFirstContact()).isEqualTo(Duration.ofDays(5));
            assertThat(f.getEvidence()).containsExactly(new Evidence(EvidenceKind.FAMILY_REGISTRATION, 100));
        });
    }

    @Test
    void soDoesTheSiblingOfAChildAtHighOrCritical() {
        assertThat(new Scenario().siblingCase(Level.HIGH).evaluate("EW-13")).hasSize(1);
        assertThat(new Scenario().siblingCase(Level.CRITICAL).evaluate("EW-13")).singleElement()
                .satisfies(f -> assertThat(f.getEvidence()).containsExactly(new Evidence(EvidenceKind.CASE, 100)));
    }

    @Test
    void notForASiblingAtMediumNorARemovedRegistration() {
        assertThat(new Scenario().siblingCase(Level.MEDIUM).evaluate("EW-13")).isEmpty();
        assertThat(new Scenario().familyRegistration(100, 3).evaluate("EW-13")).isEmpty();
    }
}
