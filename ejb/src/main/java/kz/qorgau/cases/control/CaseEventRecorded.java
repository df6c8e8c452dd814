package kz.qorgau.cases.control;

import java.time.Instant;
import java.util.List;

import kz.qorgau.cases.entity.CaseEventType;

/**
 * Fired for every event put on a case's timeline, in the transaction that records it, so that features above the
 * cases (notifications) can react without the cases knowing them: an observer that must not undo the recording
 * observes it after the transaction succeeded.
 *
 * @param args the event's arguments as {@link CaseEventType} lists them
 */
public record CaseEventRecorded(long caseId, CaseEventType type, List<String> args, Instant at) {

    public CaseEventRecorded {
        args = List.copyOf(args);
    }
}
