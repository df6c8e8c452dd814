package kz.qorgau.deadlines.control;

import java.time.Instant;

/**
 * What one run of the first-contact deadline check did: how many open cases were waiting for a first contact, how
 * many escalations rule EW-10 called for, and how many of them were new.
 */
public record DeadlineCheck(Instant checkedAt, int casesWaiting, int escalationsFound, int escalationsAdded) {
}
