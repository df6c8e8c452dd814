package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.notifications.entity.Delivery;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.security.Caller;

/** Each person's choice per kind: in-app only, e-mail at once, or the daily digest. Only one's own. */
@Stateless
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

    /** Every kind, with the caller's choice or the kind's default. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public List<PreferenceView> of(Caller caller) {
        Map<NotificationKind, Delivery> chosen = chosenBy(caller.username());
        return Arrays.stream(NotificationKind.values())
                .map(k -> new PreferenceView(k, chosen.getOrDefault(k, k.byDefault()), chosen.containsKey(k)))
                .toList();
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public PreferenceView choose(NotificationKind kind, Delivery delivery, Caller caller) {
        em.createNativeQuery("""
                        insert into notification_preference (username, kind, delivery) values (?1, ?2, ?3)
                        on conflict (username, kind) do update set delivery = excluded.delivery""")
                .setParameter(1, caller.username())
                .setParameter(2, kind.name())
                .setParameter(3, delivery.name())
                .executeUpdate();
        return new PreferenceView(kind, delivery, true);
    }

    /** Internal: how a notification of this kind reaches this person. */
    @PermitAll
    public Delivery deliveryOf(String username, NotificationKind kind) {
        return chosenBy(username).getOrDefault(kind, kind.byDefault());
    }

    /** Internal: what each of these people chose, in one query; a kind they did not choose is not in their map. */
    @PermitAll
    public Map<String, Map<NotificationKind, Delivery>> chosenBy(Collection<String> usernames) {
        Map<String, Map<NotificationKind, Delivery>> chosen = new HashMap<>();
        List<?> rows = em.createNativeQuery("""
                        select username, kind, delivery from notification_preference where username = any(?1)""")
                .setParameter(1, usernames.toArray(String[]::new))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(columns[1])).findFirst()
                    .ifPresent(k -> chosen.computeIfAbsent((String) columns[0], u -> new HashMap<>())
                            .put(k, Delivery.valueOf((String) columns[2])));
        }
        return chosen;
    }

    private Map<NotificationKind, Delivery> chosenBy(String username) {
        return chosenBy(List.of(username)).getOrDefault(username, Map.of());
    }
}
