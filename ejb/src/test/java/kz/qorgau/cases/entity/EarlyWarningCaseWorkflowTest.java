package kz.qorgau.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

class EarlyWarningCaseWorkflowTest {

    private static final Instant OPENED = Instant.parse("2026-11-24T05:00:00Z");

    private final Student student = new Student(Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, 1),
            new PersonName("Серікова", "Дана", null), null, null,
            new School(1001, null, SchoolKind.SCHOOL, new LocalizedName("№1 мектеп", "Школа №1", "School 1"), null), 9, "А");

    private final EarlyWarningCase theCase = new EarlyWarningCase(student,
            Finding.of("EW-01", 7, Level.CRITICAL).firstContactWithin(Duration.ofHours(24)), 1, OPENED);

    @Test
    void oneRequestForApprovalWaitsAtATimeAndLeavesTheCaseAsItWas() {
        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);
        ApprovalRequest request = ApprovalRequest.lowering(theCase, Level.HIGH, "Parents engaged.", "psychologist1",
                "school-admin", OPENED);

        theCase.requestApproval(request);

        assertThat(theCase.pendingApproval()).containsSame(request);
        assertThat(theCase.getLevel()).isEqualTo(Level.CRITICAL);
        assertThat(assertThrows(DuplicateRecord.class, () -> theCase.requestApproval(ApprovalRequest.closing(
                theCase, CaseOutcome.FALSE_ALARM, "x", "psychologist1", "school-admin", OPENED))).messageKey())
                .isEqualTo("approval.pending");
        request.sendBack("director1", "Not yet.", OPENED);
        assertThat(theCase.pendingApproval()).isEmpty();
        assertThat(assertThrows(InvalidInput.class, () -> request.approve("director1", OPENED)).messageKey())
                .isEqualTo("approval.decided");
    }

    @Test
    void aClosingThatNeedsAContactIsRefusedBeforeItIsAskedFor() {
        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);

        assertThat(assertThrows(InvalidInput.class, () -> theCase.requireClosable(CaseOutcome.RESOLVED)).messageKey())
                .isEqualTo("case.close.needs-contact");
        theCase.requireClosable(CaseOutcome.FALSE_ALARM);
    }

    @Test
    void takingOnANewCaseAssignsIt() {
        theCase.take("inspector1", StaffRole.INSPECTOR, OPENED.plusSeconds(60));

        assertThat(theCase.getStatus()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(theCase.isAssignee("inspector1")).isTrue();
    }

    @Test
    void nobodyTakesOnTheSameCaseTwiceInOneRole() {
        theCase.take("inspector1", StaffRole.INSPECTOR, OPENED);

        DuplicateRecord e = assertThrows(DuplicateRecord.class,
                () -> theCase.take("inspector1", StaffRole.INSPECTOR, OPENED));

        assertThat(e.messageKey()).isEqualTo("case.take.already-assigned");
    }

    @Test
    void firstContactPutsTheCaseInProgressAndIsKept() {
        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);
        Instant contact = OPENED.plus(Duration.ofHours(3));

        theCase.logFirstContact(contact, ContactChannel.IN_PERSON, "Talked after class.", contact.plusSeconds(60));

        assertThat(theCase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(theCase.getFirstContactAt()).isEqualTo(contact);
        assertThat(theCase.isOverdueAt(OPENED.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void firstContactNeedsAnAssignedCaseAndATimeBetweenOpeningAndNow() {
        Instant now = OPENED.plus(Duration.ofHours(2));
        assertThat(assertThrows(InvalidInput.class,
                () -> theCase.logFirstContact(now, ContactChannel.PHONE, "x", now)).messageKey())
                .isEqualTo("case.first-contact.status");

        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);

        assertThat(assertThrows(InvalidInput.class,
                () -> theCase.logFirstContact(now.plus(Duration.ofHours(1)), ContactChannel.PHONE, "x", now))
                .messageKey()).isEqualTo("case.first-contact.in-future");
        assertThat(assertThrows(InvalidInput.class,
                () -> theCase.logFirstContact(OPENED.minusSeconds(1), ContactChannel.PHONE, "x", now))
                .messageKey()).isEqualTo("case.first-contact.before-opening");
    }

    @Test
    void workMovesBetweenInProgressAndMonitoringOnly() {
        assertThat(assertThrows(InvalidInput.class, () -> theCase.changeStatus(CaseStatus.MONITORING, OPENED))
                .messageKey()).isEqualTo("case.status.transition");
        inProgress();

        assertThat(theCase.changeStatus(CaseStatus.MONITORING, OPENED)).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(theCase.changeStatus(CaseStatus.IN_PROGRESS, OPENED)).isEqualTo(CaseStatus.MONITORING);
        assertThrows(InvalidInput.class, () -> theCase.changeStatus(CaseStatus.ASSIGNED, OPENED));
    }

    @Test
    void resolvingNeedsAFirstContactButAFalseAlarmDoesNot() {
        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);

        assertThat(assertThrows(InvalidInput.class, () -> theCase.close(CaseOutcome.RESOLVED, "x", OPENED))
                .messageKey()).isEqualTo("case.close.needs-contact");

        theCase.close(CaseOutcome.FALSE_ALARM, "Misread joke.", OPENED.plusSeconds(10));
        assertThat(theCase.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(theCase.getOutcome()).isEqualTo(CaseOutcome.FALSE_ALARM);
        assertThat(theCase.getClosedAt()).isEqualTo(OPENED.plusSeconds(10));
    }

    @Test
    void aClosedCaseTakesNoStepUntilReopened() {
        inProgress();
        theCase.close(CaseOutcome.RESOLVED, "Safe now.", OPENED.plusSeconds(10));

        assertThat(assertThrows(InvalidInput.class, () -> theCase.close(CaseOutcome.RESOLVED, "x", OPENED))
                .messageKey()).isEqualTo("case.closed");
        assertThrows(InvalidInput.class, () -> theCase.lowerLevel(Level.LOW, OPENED));
        assertThrows(InvalidInput.class, () -> theCase.addMeasure(MeasureKind.HOME_VISIT, "socped1",
                LocalDate.of(2026, 12, 1), null, "director1", OPENED));

        theCase.reopen(OPENED.plus(Duration.ofDays(20)), Duration.ofHours(24));

        assertThat(theCase.getStatus()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(theCase.getClosedAt()).isNull();
        assertThat(theCase.getOutcome()).isNull();
    }

    @Test
    void aReopenedCaseWaitsForAFirstContactOfItsOwn() {
        inProgress();
        theCase.close(CaseOutcome.RESOLVED, "Safe now.", OPENED.plusSeconds(600));
        Instant reopened = OPENED.plus(Duration.ofDays(30));

        theCase.reopen(reopened, Duration.ofHours(4));

        assertThat(theCase.getFirstContactAt()).isNull();
        assertThat(theCase.getFirstContactDue()).isEqualTo(reopened.plus(Duration.ofHours(4)));
        assertThat(theCase.isOverdueAt(reopened.plus(Duration.ofHours(5)))).isTrue();

        theCase.logFirstContact(reopened.plusSeconds(60), ContactChannel.PHONE, "Called.", reopened.plusSeconds(120));

        assertThat(theCase.getFirstContactAt()).isEqualTo(reopened.plusSeconds(60));
        assertThat(theCase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void aReopenedCaseWithoutAssigneesIsNew() {
        theCase.close(CaseOutcome.MOVED_AWAY, "Family left the city.", OPENED);

        theCase.reopen(OPENED.plus(Duration.ofDays(5)), Duration.ofHours(24));

        assertThat(theCase.getStatus()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void theLevelIsLoweredOnlyDownwards() {
        assertThat(theCase.lowerLevel(Level.MEDIUM, OPENED)).isEqualTo(Level.CRITICAL);

        InvalidInput e = assertThrows(InvalidInput.class, () -> theCase.lowerLevel(Level.HIGH, OPENED));

        assertThat(e.messageKey()).isEqualTo("case.level.not-lower");
        assertThat(theCase.getLevel()).isEqualTo(Level.MEDIUM);
    }

    @Test
    void reassigningARoleLetsGoOfWhoeverHeldIt() {
        theCase.assign("socped1", StaffRole.SOCIAL_PEDAGOGUE, OPENED);
        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);

        assertThat(theCase.reassign(StaffRole.SOCIAL_PEDAGOGUE, "socped2", OPENED)).containsExactly("socped1");

        assertThat(theCase.isAssignee("socped1")).isFalse();
        assertThat(theCase.isAssignee("socped2")).isTrue();
        assertThat(theCase.isAssignee("psychologist1")).isTrue();
        assertThat(assertThrows(InvalidInput.class,
                () -> theCase.reassign(StaffRole.SOCIAL_PEDAGOGUE, "socped2", OPENED)).messageKey())
                .isEqualTo("case.reassign.same-person");
    }

    @Test
    void aFinishedMeasureDoesNotChange() {
        CaseMeasure visit = theCase.addMeasure(MeasureKind.HOME_VISIT, "socped1", LocalDate.of(2026, 12, 1), null,
                "director1", OPENED);
        visit.change(MeasureStatus.DONE, "socped1", LocalDate.of(2026, 12, 1), "Visited.");

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> visit.change(MeasureStatus.IN_PROGRESS, "socped1", LocalDate.of(2026, 12, 1), null));

        assertThat(e.messageKey()).isEqualTo("case.measure.final");
    }

    @Test
    void overdueOnlyWithoutFirstContactAfterTheDeadline() {
        assertThat(theCase.isOverdueAt(OPENED.plus(Duration.ofHours(23)))).isFalse();
        assertThat(theCase.isOverdueAt(OPENED.plus(Duration.ofHours(25)))).isTrue();
    }

    @Test
    void aSnoozeHoldsThroughItsLastDay() {
        Snooze snooze = new Snooze(LocalDate.of(2026, 12, 10), "Known family situation.", Level.HIGH, "psychologist1",
                OPENED);

        assertThat(snooze.holdsOn(LocalDate.of(2026, 12, 10))).isTrue();
        assertThat(snooze.holdsOn(LocalDate.of(2026, 12, 11))).isFalse();
    }

    @Test
    void anEventTakesTheArgumentsItsTypeLists() {
        assertThrows(IllegalArgumentException.class,
                () -> new CaseEvent(theCase, CaseEventType.STATUS_CHANGED, "system", OPENED, "NEW"));
        assertThrows(IllegalArgumentException.class,
                () -> new CaseEvent(theCase, CaseEventType.STATUS_CHANGED, "system", OPENED, "NEW", "Monitoring"));

        CaseEvent event = new CaseEvent(theCase, CaseEventType.USEFULNESS_MARKED, "psychologist1", OPENED,
                "EW-01", "true", null);

        assertThat(event.getArguments()).containsExactly("EW-01", "true", "");
    }

    private void inProgress() {
        theCase.assign("psychologist1", StaffRole.PSYCHOLOGIST, OPENED);
        theCase.logFirstContact(OPENED.plusSeconds(60), ContactChannel.IN_PERSON, "Met.", OPENED.plusSeconds(120));
    }
}
