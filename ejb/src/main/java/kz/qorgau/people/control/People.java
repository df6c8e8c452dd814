package kz.qorgau.people.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.people.entity.Person;
import kz.qorgau.security.Jurisdiction;

/**
 * People as the identity provider states them: names, for the pages to name people instead of showing their logins,
 * and e-mail addresses, roles and jurisdiction, for notifications to reach the right people and no one else.
 * Everyone who works in the system keeps their own entry, as their verified token states it, and may read a
 * colleague's name; a name says nothing about a child.
 */
@Stateless
public class People {

    /** The actor of what the rules engine and the server's timers do, where a person's login would be. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records the name a person's verified token carries. Its own transaction: a failure here must not undo the
     * request's work, nor the request's rollback the name. Two first requests at once both write; the later wins.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seen(SeenPerson person) {
        Jurisdiction j = person.jurisdiction();
        em.createNativeQuery("""
                        insert into person (username, display_name, seen_at, email, roles, national, region_ids,
                                            district_ids, school_ids)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (username) do update set display_name = excluded.display_name,
                                                             seen_at = excluded.seen_at, email = excluded.email,
                                                             roles = excluded.roles, national = excluded.national,
                                                             region_ids = excluded.region_ids,
                                                             district_ids = excluded.district_ids,
                                                             school_ids = excluded.school_ids""")
                .setParameter(1, person.username())
                .setParameter(2, person.displayName())
                .setParameter(3, clock.instant())
                .setParameter(4, person.email().orElse(null))
                .setParameter(5, Person.join(person.roles()))
                .setParameter(6, j.national())
                .setParameter(7, Person.join(j.regionIds()))
                .setParameter(8, Person.join(j.districtIds()))
                .setParameter(9, Person.join(j.schoolIds()))
                .executeUpdate();
    }

    /** Those of {@code usernames} the directory knows. Internal: who a notification reaches. */
    @PermitAll
    public List<Contact> contacts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.username in :names", Person.class)
                .setParameter("names", usernames)
                .getResultList().stream().map(Contact::of).toList();
    }

    /** Everyone the directory knows with this role, wherever they work. Internal: who an escalation reaches. */
    @PermitAll
    public List<Contact> withRole(String role) {
        return em.createQuery("""
                        select p from Person p
                        where p.roles = :role or p.roles like :first or p.roles like :middle or p.roles like :last""",
                        Person.class)
                .setParameter("role", role)
                .setParameter("first", role + ",%")
                .setParameter("middle", "%," + role + ",%")
                .setParameter("last", "%," + role)
                .getResultList().stream().map(Contact::of).toList();
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
