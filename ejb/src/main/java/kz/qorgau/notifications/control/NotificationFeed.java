package kz.qorgau.notifications.control;

import java.time.Instant;
import java.util.Collection;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kz.qorgau.notifications.entity.Delivery;
import kz.qorgau.notifications.entity.Notification;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.notifications.entity.OutgoingMail;
import kz.qorgau.people.control.Contact;
import kz.qorgau.schools.entity.School;

/**
 * Writes notifications, and puts the mail of those who want it at once into the outbox. Someone the directory does
 * not know, or whose jurisdiction (as their last verified token stated it) does not cover the record's school, hears
 * nothing: a notification about a child reaches no one who may not see the child. Internal ({@code @PermitAll}):
 * called by the observers and timers of this feature.
 */
@Stateless
@PermitAll
public class NotificationFeed {

    @PersistenceContext
    EntityManager em;

    @EJB
    NotificationPreferences preferences;

    @Inject
    @ConfigProperty(name = "qorgau.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /**
     * @param occasion what a reminder reminds of; a person already reminded of it is not reminded again
     * @return how many people were notified
     */
    public int notify(Collection<Contact> candidates, NotificationKind kind, long recordId, School school,
                      String occasion, Instant now) {
        int notified = 0;
        for (Contact contact : candidates) {
            if (!covers(contact, school) || occasion != null && known(contact.username(), kind, recordId, occasion)) {
                continue;
            }
            em.persist(new Notification(contact.username(), kind, recordId, school, occasion, now));
            notified++;
            if (contact.email().isPresent()
                    && preferences.deliveryOf(contact.username(), kind) == Delivery.EMAIL) {
                MailText.Mail mail = MailText.single(kind, recordId,
                        Notifications.linkOf(kind.recordType(), recordId, school.getId(), publicUrl));
                em.persist(new OutgoingMail(contact.username(), contact.email().get(), mail.subject(), mail.body(),
                        now));
            }
        }
        return notified;
    }

    static boolean covers(Contact contact, School school) {
        return contact.jurisdiction().coversSchool(school.getId(), school.districtId(), school.regionId());
    }

    private boolean known(String recipient, NotificationKind kind, long recordId, String occasion) {
        return em.createQuery("""
                        select count(n) from Notification n
                        where n.recipient = :recipient and n.kind = :kind and n.recordId = :record
                          and n.occasion = :occasion""", Long.class)
                .setParameter("recipient", recipient)
                .setParameter("kind", kind)
                .setParameter("record", recordId)
                .setParameter("occasion", occasion)
                .getSingleResult() > 0;
    }
}
