package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import kz.qorgau.notifications.entity.OutgoingMail;

/**
 * Sends the outbox through the server's mail session (configured from QORGAU_SMTP_*, docs/DEPLOYMENT.md), outside
 * any transaction: a mail server that fails or hangs (5 s at most) holds up no recording and no database connection,
 * and the mail is tried again later. A singleton, so that two runs never send the same mail twice.
 */
@Singleton
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 100;
    private static final String TIMEOUT_MILLIS = "5000";

    @Resource(lookup = "java:jboss/mail/Qorgau")
    Session mail;

    @EJB
    Outbox outbox;

    @Inject
    Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void onSchedule() {
        sendDue(clock.instant());
    }

    /** @return how many mails the server took */
    @RolesAllowed(ADMIN)
    public int sendDue(Instant now) {
        int sent = 0;
        List<OutgoingMail> taken = outbox.take(now, BATCH);
        for (int i = 0; i < taken.size(); i++) {
            OutgoingMail m = taken.get(i);
            try {
                send(m);
                outbox.sent(m.getId(), clock.instant());
                sent++;
            } catch (MessagingException e) {
                LOG.warning(() -> "mail " + m.getId() + " not sent (attempt " + (m.getAttempts() + 1) + "): " + e);
                outbox.attemptFailed(m.getId(), String.valueOf(e.getMessage()), clock.instant());
                // A mail server that is down would make every mail of the batch wait its timeout in turn; the rest
                // wait for the next run instead, so a run lasts seconds, not minutes.
                outbox.release(taken.subList(i + 1, taken.size()).stream().map(OutgoingMail::getId).toList(),
                        clock.instant());
                break;
            }
        }
        return sent;
    }

    private void send(OutgoingMail m) throws MessagingException {
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getAddress()));
        message.setSubject(m.getSubject(), "UTF-8");
        message.setText(m.getBody(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        Transport.send(message);
    }
}
