package kz.qorgau.history.control;

import java.time.Instant;
import java.util.Map;

/** One earlier state of a record: when it was committed, what kind of change, and the values it then had. */
public record ChangeView(long revision, Instant changedAt, String change, Map<String, Object> values) {
}
