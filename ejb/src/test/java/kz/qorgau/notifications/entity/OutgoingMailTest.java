package kz.qorgau.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-16T05:00:00Z");

    @Test
    void eachFailedAttemptWaitsTwiceAsLongUpToAnHourThenTheMailIsGivenUp() {
        OutgoingMail mail = new OutgoingMail("psychologist1", "p@example.kz", "s", "b", NOW);
        assertThat(mail.getNextTryAt()).isEqualTo(NOW);

        mail.attemptFailed("Connection refused", NOW);
        assertThat(mail.getNextTryAt()).isEqualTo(NOW.plusSeconds(30));
        mail.attemptFailed("Connection refused", NOW);
        assertThat(mail.getNextTryAt()).isEqualTo(NOW.plusSeconds(60));
        for (int attempt = 3; attempt <= OutgoingMail.ATTEMPTS; attempt++) {
            assertThat(mail.getFailedAt()).isNull();
            mail.attemptFailed("Connection refused", NOW);
            assertThat(Duration.between(NOW, mail.getNextTryAt())).isLessThanOrEqualTo(Duration.ofHours(1));
        }
        assertThat(mail.getFailedAt()).isEqualTo(NOW);
        assertThat(mail.getAttempts()).isEqualTo(OutgoingMail.ATTEMPTS);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void aSentMailForgetsItsLastError() {
        OutgoingMail mail = new OutgoingMail("psychologist1", "p@example.kz", "s", "b", NOW);
        mail.attemptFailed("x".repeat(5000), NOW);
        assertThat(mail.getLastError()).hasSize(1000);

        mail.sent(NOW.plusSeconds(30));
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getAttempts()).isEqualTo(2);
    }
}
