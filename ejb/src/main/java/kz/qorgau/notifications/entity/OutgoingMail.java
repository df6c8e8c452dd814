package kz.qorgau.notifications.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A mail waiting in the outbox for the mail server. A failed attempt waits longer before the next (30 seconds, then
 * doubling up to an hour); after {@link #ATTEMPTS} attempts it is given up, and the admin sees it as failed.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int ATTEMPTS = 12;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_id")
    @SequenceGenerator(name = "mail_outbox_id", sequenceName = "mail_outbox_id_seq", allocationSize = 50)
    private Long id;

    private String recipient;

    private String address;

    private String subject;

    private String body;

    private Instant createdAt;

    private int attempts;

    private Instant nextTryAt;

    private Instant sentAt;

    private Instant failedAt;

    private String lastError;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String address, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.address = Objects.requireNonNull(address, "address");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextTryAt = now;
    }

    /** Being sent by one node until then; due again afterwards if that node never said how it went. */
    public void takenUntil(Instant until) {
        nextTryAt = until;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    public void attemptFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= ATTEMPTS) {
            failedAt = now;
        } else {
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 10));
            nextTryAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextTryAt() {
        return nextTryAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
