package kz.qorgau.people.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.people.entity.Person;

/**
 * People's names as the identity provider gives them, for the pages to name people instead of showing their logins.
 * Everyone who works in the system keeps their own name, as their verified token states it, and may read a
 * colleague's; a name says nothing about a child.
 */
@Stateless
public class People {

    /** The actor of what the rules engine and the server's timers do, where a person's login would be. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    /**
     * Records the name a person's verified token carries. Its own transaction: a failure here must not undo the
     * request's work, nor the request's rollback the name. Two first requests at once both write; the later wins.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seen(String username, String displayName) {
        em.createNativeQuery("""
                        insert into person (username, display_name, seen_at) values (?1, ?2, ?3)
                        on conflict (username) do update set display_name = excluded.display_name,
                                                             seen_at = excluded.seen_at""")
                .setParameter(1, username)
                .setParameter(2, displayName)
                .setParameter(3, Instant.now())
                .executeUpdate();
    }

    /** The names of those of {@code usernames} ever seen; the others are not in the map. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public Map<String, String> namesOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        List<Person> known = em.createQuery("select p from Person p where p.username in :names", Person.class)
                .setParameter("names", usernames)
                .getResultList();
        return known.stream().collect(Collectors.toMap(Person::getUsername, Person::getDisplayName));
    }
}
