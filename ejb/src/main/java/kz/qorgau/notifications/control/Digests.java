package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.AvailableHints;

import kz.qorgau.notifications.entity.Delivery;
import kz.qorgau.notifications.entity.Notification;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.notifications.entity.OutgoingMail;
import kz.qorgau.people.control.Contact;
import kz.qorgau.people.control.People;
import kz.qorgau.platform.control.ScheduledRuns;

/**
 * The daily digest, at seven in the morning in Kazakhstan: one mail per person with the notifications since the last
 * digest of the kinds they want that way. Every notification is looked at once, whatever its kind, so that choosing
 * the digest later does not bring back old news.
 */
@Singleton
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
public class Digests {

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduledRuns runs;

    @EJB
    People people;

    @EJB
    NotificationPreferences preferences;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "qorgau.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Almaty")
    void onSchedule() {
        if (!runs.claim("digests", Duration.ofDays(1))) {
            return;
        }
        send(clock.instant());
    }

    /**
     * Reads what is due without keeping it for changes and marks it in one statement: a day's notifications of the
     * whole country are hundreds of thousands, and a changed entity per notification made every query of the run
     * flush them all again.
     *
     * @return how many digests went into the outbox
     */
    @RolesAllowed(ADMIN)
    public int send(Instant now) {
        Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
        List<Long> looked = new ArrayList<>();
        em.createQuery("""
                        select n from Notification n join fetch n.school sc join fetch sc.district d
                        where n.digestedAt is null and n.createdAt <= :now
                        order by n.recipient, n.createdAt, n.id""", Notification.class)
                .setParameter("now", now)
                .setHint(AvailableHints.HINT_READ_ONLY, true)
                .getResultList().stream()
                .forEach(n -> {
                    looked.add(n.getId());
                    byRecipient.computeIfAbsent(n.getRecipient(), r -> new ArrayList<>()).add(n);
                });
        Map<String, Contact> contacts = new LinkedHashMap<>();
        people.contacts(byRecipient.keySet()).forEach(c -> contacts.put(c.username(), c));
        Map<String, Map<NotificationKind, Delivery>> chosen = preferences.chosenBy(byRecipient.keySet());
        List<OutgoingMail> mails = new ArrayList<>();
        for (Map.Entry<String, List<Notification>> entry : byRecipient.entrySet()) {
            Contact contact = contacts.get(entry.getKey());
            if (contact == null || contact.email().isEmpty()) {
                continue;
            }
            Map<NotificationKind, Delivery> theirs = chosen.getOrDefault(entry.getKey(), Map.of());
            List<MailText.Line> lines = entry.getValue().stream()
                    .filter(n -> NotificationFeed.covers(contact, n.getSchool())
                            && theirs.getOrDefault(n.getKind(), n.getKind().byDefault()) == Delivery.DIGEST)
                    .map(n -> new MailText.Line(n.getKind(), n.getRecordId(), Notifications.linkOf(
                            n.getRecordType(), n.getRecordId(), n.getSchool().getId(), publicUrl)))
                    .toList();
            if (!lines.isEmpty()) {
                MailText.Mail mail = MailText.digest(lines);
                mails.add(new OutgoingMail(entry.getKey(), contact.email().get(), mail.subject(), mail.body(), now));
            }
        }
        em.createNativeQuery("update notification set digested_at = ?1 where id = any(?2)")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, looked.toArray(Long[]::new))
                .executeUpdate();
        mails.forEach(em::persist);
        return mails.size();
    }
}
