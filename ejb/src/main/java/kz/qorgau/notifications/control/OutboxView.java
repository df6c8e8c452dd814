package kz.qorgau.notifications.control;

import java.time.Instant;

import kz.qorgau.notifications.entity.OutgoingMail;

/** A mail not yet taken by the mail server, for the admin: who it is for, how often it was tried, and why it failed. */
public record OutboxView(long id, String recipient, String address, Instant createdAt, int attempts,
                         Instant nextTryAt, Instant failedAt, String lastError) {

    static OutboxView of(OutgoingMail m) {
        return new OutboxView(m.getId(), m.getRecipient(), m.getAddress(), m.getCreatedAt(), m.getAttempts(),
                m.getNextTryAt(), m.getFailedAt(), m.getLastError());
    }
}
