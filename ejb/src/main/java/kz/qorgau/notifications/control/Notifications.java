package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.notifications.entity.Notification;
import kz.qorgau.notifications.entity.RecordType;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The caller's own notification centre. Everyone reads only their own notifications, and of those only the ones
 * whose school their verified token covers today: someone moved to another school no longer reads about the
 * children of the old one.
 */
@Stateless
@RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
        HOTLINE_OPERATOR})
public class Notifications {

    private static final String MINE = """
            from Notification n join n.school sc join sc.district d
            where n.recipient = :me and %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Newest first. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public List<NotificationView> mine(boolean unreadOnly, int page, int size, Caller caller, Locale locale) {
        return JurisdictionQuery.create(em, "select n " + MINE
                                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id desc",
                                Notification.class, caller.jurisdiction())
                .setParameter("me", caller.username())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream().map(n -> NotificationView.of(n, locale)).toList();
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public long unread(Caller caller) {
        return JurisdictionQuery.create(em, "select count(n) " + MINE + " and n.readAt is null",
        Long.class, caller.jurisdiction())
                .setParameter("me", caller.username())
                .getSingleResult();
    }

    /** Someone else's notification is "not found", as a missing one is. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public NotificationView read(long id, Caller caller, Locale locale) {
        Notification n = JurisdictionQuery.create(em, "select n " + MINE + " and n.id = :id",
        Notification.class, caller.jurisdiction())
                .setParameter("me", caller.username())
                .setParameter("id", id)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("notification", id));
        n.read(clock.instant());
        return NotificationView.of(n, locale);
    }

    /** @return how many were unread */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public int readAll(Caller caller) {
        List<Notification> unread = JurisdictionQuery.create(em, "select n " + MINE
                        + " and n.readAt is null", Notification.class, caller.jurisdiction())
                .setParameter("me", caller.username())
                .getResultList();
        unread.forEach(n -> n.read(clock.instant()));
        return unread.size();
    }

    /** Where a notification leads: a case's page, or the school safety page of a prescription's school. */
    static String linkOf(RecordType type, long recordId, long schoolId, String publicUrl) {
        return type.link(publicUrl, type == RecordType.CASE ? recordId : schoolId);
    }
}
