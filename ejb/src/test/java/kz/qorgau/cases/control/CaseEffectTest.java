package kz.qorgau.cases.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.qorgau.cases.control.CaseEffect.Before;
import kz.qorgau.cases.control.CaseEffect.Change;
import kz.qorgau.earlywarning.rules.Level;

class CaseEffectTest {

    @Test
    void aCaseWhereThereWasNoneIsOpened() {
        assertThat(CaseEffect.changeOf(null, 7, Level.HIGH)).isEqualTo(Change.OPENED);
    }

    @Test
    void anotherCaseThanTheOneBeforeIsOpened() {
        assertThat(CaseEffect.changeOf(new Before(6, Level.CRITICAL), 7, Level.LOW)).isEqualTo(Change.OPENED);
    }

    @Test
    void aHigherLevelOnTheSameCaseIsARaise() {
        assertThat(CaseEffect.changeOf(new Before(7, Level.MEDIUM), 7, Level.CRITICAL)).isEqualTo(Change.RAISED);
    }

    @Test
    void theSameLevelOnTheSameCaseChangesNothing() {
        assertThat(CaseEffect.changeOf(new Before(7, Level.HIGH), 7, Level.HIGH)).isEqualTo(Change.UNCHANGED);
    }
}
