package kz.qorgau.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qorgau.notifications.entity.NotificationKind;

class MailTextTest {

    @Test
    void aMailSaysWhatHappenedToWhichNumberInThreeLanguagesWithTheLink() {
        MailText.Mail mail = MailText.single(NotificationKind.CASE_ASSIGNED, 12345,
                "https://qorgau.example.kz/ui/case.xhtml?id=12345");

        assertThat(mail.subject()).isEqualTo("№ 12345 іс сізге тағайындалды. / Вам назначено дело № 12345. / "
                + "Case No. 12345 was assigned to you.");
        assertThat(mail.body()).startsWith("№ 12345 іс сізге тағайындалды.\nВам назначено дело № 12345.\n"
                        + "Case No. 12345 was assigned to you.\n\nhttps://qorgau.example.kz/ui/case.xhtml?id=12345\n\n")
                .contains("Хатта жеке деректер жоқ").contains("В письме нет персональных данных")
                .contains("This mail carries no personal data");
    }

    @Test
    void anApprovalWaitingTellsTheSupervisorOnlyTheCaseNumberInThreeLanguages() {
        MailText.Mail mail = MailText.single(NotificationKind.APPROVAL_WAITING, 708,
                "https://qorgau.example.kz/ui/case.xhtml?id=708");

        assertThat(mail.subject()).isEqualTo("№ 708 іс бойынша өзгеріс сіздің келісіміңізді күтеді. / "
                + "Изменение по делу № 708 ждёт вашего согласования. / "
                + "A change to case No. 708 waits for your approval.");
        assertThat(MailText.single(NotificationKind.APPROVAL_ANSWERED, 708, "l").subject())
                .isEqualTo("№ 708 іс бойынша сұранысыңызға жауап келді. / "
                        + "По вашему запросу по делу № 708 есть ответ. / "
                        + "Your request on case No. 708 has an answer.");
    }

    @Test
    void theDigestListsEachNotificationWithItsLinkAndCountsThemInEachLanguage() {
        MailText.Mail mail = MailText.digest(List.of(
                new MailText.Line(NotificationKind.PRESCRIPTION_DUE, 51, "http://q/ui/safety.xhtml?schoolId=1001"),
                new MailText.Line(NotificationKind.ESCALATED, 7, "http://q/ui/case.xhtml?id=7")));

        assertThat(mail.subject()).isEqualTo("Qorgau: күннің 2 хабарламасы / Qorgau: 2 уведомления за день / "
                + "Qorgau: 2 notifications of the day");
        assertThat(mail.body())
                .contains("- Prescription No. 51 is due within a week.: http://q/ui/safety.xhtml?schoolId=1001")
                .contains("- Дело № 7 передано вам.: http://q/ui/case.xhtml?id=7")
                .contains("- № 7 іс сізге жіберілді.: http://q/ui/case.xhtml?id=7");
    }
}
