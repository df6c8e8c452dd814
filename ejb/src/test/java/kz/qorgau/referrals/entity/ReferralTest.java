package kz.qorgau.referrals.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

class ReferralTest {

    private static final Instant AT = Instant.parse("2026-11-24T05:00:00Z");

    private final Student child = new Student(Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, 1),
            new PersonName("Серікова", "Дана", null), null, null,
            new School(1001, null, SchoolKind.SCHOOL, new LocalizedName("А", "А", "A"), null), 9, "А");
    private final EarlyWarningCase theCase = new EarlyWarningCase(child,
            Finding.of("EW-01", 7, Level.CRITICAL).firstContactWithin(Duration.ofHours(24)), 1, AT);
    private final ServiceProvider centre = new ServiceProvider(new Region(75, new LocalizedName("Алматы", "Алматы",
            "Almaty")), ServiceKind.MENTAL_HEALTH_CENTRE, new LocalizedName("Орталық", "Центр", "Centre"),
            "coordinator1", AT);

    @Test
    void aReferralIsAcceptedThenDoneWithItsOutcome() {
        Referral referral = onGround();

        referral.changeStatus(ReferralStatus.ACCEPTED, null, "psychologist1", AT);
        ReferralStatus before = referral.changeStatus(ReferralStatus.DONE, "Five sessions held", "psychologist1", AT);

        assertThat(before).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DONE);
        assertThat(referral.getAnswer()).isEqualTo("Five sessions held");
    }

    @Test
    void aDeclinedReferralSaysWhyAndGoesNowhereElse() {
        Referral referral = onGround();

        assertThatThrownBy(() -> referral.changeStatus(ReferralStatus.DECLINED, " ", "psychologist1", AT))
                .isInstanceOf(InvalidInput.class).hasMessage("referral.status.answer.required");
        referral.changeStatus(ReferralStatus.DECLINED, "No places", "psychologist1", AT);

        assertThatThrownBy(() -> referral.changeStatus(ReferralStatus.ACCEPTED, null, "psychologist1", AT))
                .isInstanceOf(InvalidInput.class).hasMessage("referral.status.not-allowed");
    }

    @Test
    void onlyAnAcceptedReferralIsDone() {
        assertThatThrownBy(() -> onGround().changeStatus(ReferralStatus.DONE, "Helped", "psychologist1", AT))
                .isInstanceOf(InvalidInput.class).hasMessage("referral.status.not-allowed");
    }

    @Test
    void aWithdrawalIsNoConsentToReferOn() {
        GuardianConsent withdrawal = new GuardianConsent(child, "Серікова Гүлнар", LocalDate.of(2026, 11, 20),
                ConsentManner.SIGNED_FORM, null, true, "psychologist1", AT);

        assertThatThrownBy(() -> Referral.withConsent(theCase, centre, "Anxiety", LocalDate.of(2026, 12, 10),
                withdrawal, "psychologist1", AT))
                .isInstanceOf(InvalidInput.class).hasMessage("referral.consent.not-valid");
    }

    @Test
    void aVerbalConsentNeedsItsWitness() {
        assertThatThrownBy(() -> new GuardianConsent(child, "Серікова Гүлнар", LocalDate.of(2026, 11, 20),
                ConsentManner.VERBAL_WITH_WITNESS, "  ", false, "psychologist1", AT))
                .isInstanceOf(InvalidInput.class).hasMessage("consent.witness.required");
    }

    /** The timeline names the grounds by the same names, without depending on this feature. */
    @Test
    void theTimelineKnowsEveryLegalGround() {
        assertThat(CaseEventType.Arg.LEGAL_GROUND.allowed())
                .containsExactlyElementsOf(Arrays.stream(OverrideGround.values()).map(Enum::name).toList());
    }

    private Referral onGround() {
        return Referral.onGround(theCase, centre, "Anxiety", LocalDate.of(2026, 12, 10), OverrideGround.THREAT_TO_LIFE,
                "Said she would end her life", "psychologist1", AT);
    }

    @Test
    void theServicesAnswerIsAcceptedDeclinedOrDoneButNotTheWorkersRevocation() {
        assertThat(Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isAnswer))
                .containsExactly(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.DONE);
    }

    @Test
    void aReferralIsOverdueOnlyWhileTheServiceHasNotAnsweredPastItsDueDate() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        Referral referral = Referral.onGround(theCase, centre, "Тревожность", due, OverrideGround.COURT_ORDER,
                "Решение суда", "psychologist1", AT);

        assertThat(referral.isOverdue(due)).isFalse();
        assertThat(referral.isOverdue(due.plusDays(1))).isTrue();
        referral.changeStatus(ReferralStatus.ACCEPTED, null, "psychologist1", AT);
        assertThat(referral.isOverdue(due.plusDays(1))).isFalse();
    }
}
