package kz.qorgau.duplicates.control;

import java.time.Instant;

import jakarta.persistence.EntityManager;

/** Adds a pair unless it is known, whatever was decided about it: a dismissed pair is never raised again. */
final class SuspicionRows {

    private SuspicionRows() {
    }

    /** @return 1 when the pair is new, 0 when it was known (also when another transaction added it just now) */
    static int add(EntityManager em, long one, long other, String foundBy, Instant foundAt) {
        return em.createNativeQuery("""
                        insert into duplicate_suspicion (id, first_student_id, second_student_id, found_at, found_by,
                                                         status, version)
                        values (nextval('duplicate_suspicion_id_seq'), ?1, ?2, ?3, ?4, 'OPEN', 0)
                        on conflict (first_student_id, second_student_id) do nothing""")
                .setParameter(1, Math.min(one, other))
                .setParameter(2, Math.max(one, other))
                .setParameter(3, foundAt)
                .setParameter(4, foundBy)
                .executeUpdate();
    }
}
