package kz.qorgau.breakglass.control;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.breakglass.entity.BreakGlassGrant;

/**
 * Whether a person holds emergency access to a student's file right now. Internal ({@code @PermitAll}): only other
 * beans call it, and they declare who may make the request.
 */
@Stateless
@PermitAll
public class Grants {

    @PersistenceContext
    EntityManager em;

    public boolean holds(String username, long studentId, Instant now) {
        return em.createQuery("""
                        select g from BreakGlassGrant g
                        where g.username = :username and g.student.id = :student and g.expiresAt > :now""",
                        BreakGlassGrant.class)
                .setParameter("username", username)
                .setParameter("student", studentId)
                .setParameter("now", now)
                .getResultStream()
                .anyMatch(g -> g.isValidAt(now));
    }
}
