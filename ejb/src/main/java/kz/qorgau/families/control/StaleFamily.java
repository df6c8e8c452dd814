package kz.qorgau.families.control;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;

/**
 * The client changed a family from a copy older than the stored record. It is an optimistic-lock failure, answered
 * as such (409, someone else changed the record), but one the client caused: an application exception, so that the
 * container neither logs it as a server failure nor wraps it.
 */
@ApplicationException(rollback = true)
public class StaleFamily extends OptimisticLockException {

    StaleFamily(long familyId, long sent, long current) {
        super("family " + familyId + " is at version " + current + ", the client sent version " + sent);
    }
}
