package kz.qorgau.earlywarning.rules;

import static kz.qorgau.earlywarning.rules.IncidentSource.POLICE;
import static kz.qorgau.earlywarning.rules.IncidentSource.RAID;
import static kz.qorgau.earlywarning.rules.IncidentSource.SCHOOL;
import static kz.qorgau.earlywarning.rules.IncidentType.FIGHT;
import static kz.qorgau.earlywarning.rules.ParticipantRole.VICTIM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class Ew11PossibleConcealmentTest {

    @Test
    void aPoliceIncidentOnSchoolGroundsTheSchoolNeverReportedIsFlagged() {
        var flags = new Scenario().incident(8, VICTIM, FIGHT, POLICE, true, null).run().concealments();

        assertThat(flags).containsExactly(new ConcealmentFlag("EW-11", Scenario.STUDENT, Scenario.SCHOOL, 100));
    }

    @Test
    void inSchoolHoursCountsLikeOnSchoolGrounds() {
        // 2026-11-17 is a Tuesday
        var flags = new Scenario().incident(8, VICTIM, FIGHT, RAID, false, LocalTime.of(10, 30)).run().concealments();

        assertThat(flags).hasSize(1);
        assertThat(new Scenario().incident(8, VICTIM, FIGHT, RAID, false, LocalTime.of(22, 0)).run().concealments())
                .isEmpty();
    }

    @Test
    void theSchoolHasSevenDaysToReport() {
        assertThat(new Scenario().incident(6, VICTIM, FIGHT, POLICE, true, null).run().concealments()).isEmpty();
        assertThat(new Scenario().incident(7, VICTIM, FIGHT, POLICE, true, null).run().concealments()).hasSize(1);
    }

    @Test
    void aSchoolReportWithinSevenDaysEitherSideClearsIt() {
        assertThat(new Scenario().incident(10, VICTIM, FIGHT, POLICE, true, null)
                .incident(3, VICTIM, FIGHT, SCHOOL, true, null).run().concealments()).isEmpty();
        assertThat(new Scenario().incident(10, VICTIM, FIGHT, POLICE, true, null)
                .incident(18, VICTIM, FIGHT, SCHOOL, true, null).run().concealments()).hasSize(1);
    }

    @Test
    void anIncidentAwayFromSchoolIsNotTheSchoolsToReport() {
        assertThat(new Scenario().incident(10, VICTIM, FIGHT, POLICE, false, null).run().concealments()).isEmpty();
    }

    @Test
    void anIncidentSoOldThatTheSchoolsReportMayLieBeforeTheSignalsReadIsNotWeighed() {
        // the signals read go back 365 days; a school report may come 7 days before the police record
        assertThat(new Scenario().incident(358, VICTIM, FIGHT, POLICE, true, null).run().concealments()).hasSize(1);
        assertThat(new Scenario().incident(359, VICTIM, FIGHT, POLICE, true, null).run().concealments()).isEmpty();
    }

    @Test
    void aSchoolReportRecordedAfterTheFlagWithdrawsIt() {
        var findings = new Scenario().incident(10, VICTIM, FIGHT, POLICE, true, null).openFlag(100)
                .incident(9, VICTIM, FIGHT, SCHOOL, true, null).run();

        assertThat(findings.concealments()).isEmpty();
        assertThat(findings.withdrawals()).containsExactly(new FlagWithdrawal("EW-11", Scenario.STUDENT, 100, 101));
    }

    @Test
    void aSchoolReportOutsideTheWindowLeavesTheFlagOpen() {
        var findings = new Scenario().incident(10, VICTIM, FIGHT, POLICE, true, null).openFlag(100)
                .incident(1, VICTIM, FIGHT, SCHOOL, true, null).incident(20, VICTIM, FIGHT, SCHOOL, true, null).run();

        assertThat(findings.withdrawals()).isEmpty();
    }

    @Test
    void aFlagIsWithdrawnOnceHoweverManyReportsAnswerIt() {
        var findings = new Scenario().incident(10, VICTIM, FIGHT, POLICE, true, null).openFlag(100)
                .incident(9, VICTIM, FIGHT, SCHOOL, true, null).incident(12, VICTIM, FIGHT, SCHOOL, true, null).run();

        assertThat(findings.withdrawals()).singleElement()
                .satisfies(w -> assertThat(w.incidentId()).isEqualTo(100));
    }

    @Test
    void withoutAnOpenFlagThereIsNothingToWithdraw() {
        assertThat(new Scenario().incident(10, VICTIM, FIGHT, POLICE, true, null)
                .incident(9, VICTIM, FIGHT, SCHOOL, true, null).run().withdrawals()).isEmpty();
    }
}
