package kz.qorgau.security;

import java.time.Instant;

import jakarta.persistence.TypedQuery;

/**
 * Whether a person holds emergency access to a student's file right now, as a condition of the query that finds the
 * file: found and permitted in one query, so that a file outside one's reach is refused as fast as a missing one.
 */
public final class Grants {

    /** Holds when {@code :username} has a grant for the student {@code s} valid at {@code :now}; see {@link #bind}. */
    public static final String HELD_FOR_STUDENT = """
            exists (select g.id from BreakGlassGrant g
                    where g.student = s and g.username = :username and g.grantedAt <= :now and g.expiresAt > :now)""";

    private Grants() {
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, String username, Instant now) {
        return query.setParameter("username", username).setParameter("now", now);
    }
}
