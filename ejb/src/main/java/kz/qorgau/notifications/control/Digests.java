package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import kz.qorgau.notifications.entity.Delivery;
import kz.qorgau.notifications.entity.Notification;
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

    /** @return how many digests went into the outbox */
    @RolesAllowed(ADMIN)
    public int send(Instant now) {
        Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
        em.createQuery("""
                        select n from Notification n join fetch n.school sc join fetch sc.district d
                        where n.digestedAt is null and n.createdAt <= :now
                        order by n.recipient, n.createdAt, n.id""", Notification.class)
                .setParameter("now", now)
                .getResultStream()
                .forEach(n -> byRecipient.computeIfAbsent(n.getRecipient(), r -> new ArrayList<>()).add(n));
        Map<String, Contact> contacts = new LinkedHashMap<>();
        people.contacts(byRecipient.keySet()).forEach(c -> contacts.put(c.username(), c));
        int digests = 0;
        for (Map.Entry<String, List<Notification>> entry : byRecipient.entrySet()) {
            Optional<Contact> contact = Optional.ofNullable(contacts.get(entry.getKey()));
            List<MailText.Line> lines = new ArrayList<>();
            for (Notification n : entry.getValue()) {
                n.digested(now);
                if (contact.isPresent() && NotificationFeed.covers(contact.get(), n.getSchool())
                        && preferences.deliveryOf(n.getRecipient(), n.getKind()) == Delivery.DIGEST) {
                    lines.add(new MailText.Line(n.getKind(), n.getRecordId(), Notifications.linkOf(
                            n.getRecordType(), n.getRecordId(), n.getSchool().getId(), publicUrl)));
                }
            }
            if (!lines.isEmpty() && contact.get().email().isPresent()) {
                MailText.Mail mail = MailText.digest(lines);
                em.persist(new OutgoingMail(entry.getKey(), contact.get().email().get(), mail.subject(), mail.body(),
                        now));
                digests++;
            }
        }
        return digests;
    }
}
