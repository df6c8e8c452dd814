package kz.qorgau.concealment.control;

import java.time.Instant;

import kz.qorgau.concealment.entity.ConcealmentStatus;

/** A step of a flag's history: the status it took, when, by whom (by name), and why in the reader's language. */
public record ConcealmentEventView(ConcealmentStatus status, Instant at, String by, String byName, String reason,
                                   Long schoolIncidentId, String explanation) {
}
