package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void everyRuleOfTheCatalogueIsLoadedWithAVersion() {
        assertThat(Scenario.ruleIds()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 13).mapToObj(i -> "EW-%02d".formatted(i)).toList());
        Scenario.ruleIds().forEach(id -> assertThat(Scenario.RULES.versionOf(id)).as(id).isNotEmpty());
    }

    @Test
    void studentsInOneSessionDoNotSeeEachOthersSignals() {
        long other = Scenario.STUDENT + 100;
        Scenario both = new Scenario()
                .incident(1, PERPETRATOR).incident(2, PERPETRATOR)
                .and(new Scenario(other).incident(3, PERPETRATOR).raidDelivery(1)
                        .session(1, RiskIndicator.SELF_HARM));

        assertThat(both.evaluate("EW-04")).isEmpty();
        assertThat(both.evaluate("EW-06")).isEmpty();
        assertThat(both.evaluate("EW-01", Scenario.STUDENT)).isEmpty();
        assertThat(both.evaluate("EW-01", other)).hasSize(1);
    }

    @Test
    void evaluatingTheSameSignalsTwiceFindsTheSame() {
        Scenario scenario = new Scenario().familyRegistration(10, null).absence(20, 1, 12).raidDelivery(1);

        assertThat(scenario.evaluate()).extracting(Finding::toString)
                .containsExactlyElementsOf(scenario.evaluate().stream().map(Finding::toString).toList());
    }
}
