package kz.qorgau.hotline.control;

import java.io.Serializable;
import java.time.Instant;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.hotline.entity.CallerKind;
import kz.qorgau.hotline.entity.Channel;
import kz.qorgau.hotline.entity.HotlineReport;
import kz.qorgau.hotline.entity.ReportStatus;
import kz.qorgau.hotline.entity.Urgency;

/**
 * A trust-line report as the API shows it. A report TRIAGED_TO_CASE without a {@code caseId} is linked to a child
 * who has no open case: it waits for the staff of {@code schoolId}.
 */
public record ReportView(long id, Instant receivedAt, Channel channel, CallerKind callerKind, String summary,
                         IncidentType concern, Urgency urgency, long regionId, Long schoolId, Long studentId,
                         String takenBy, ReportStatus status, String closureReason, Long incidentId, Long caseId,
                         String triagedBy, Instant triagedAt, long version) implements Serializable {

    static ReportView of(HotlineReport r) {
        return new ReportView(r.getId(), r.getReceivedAt(), r.getChannel(), r.getCallerKind(), r.getSummary(),
                r.getConcern(), r.getUrgency(), r.getRegion().getId(),
                r.getSchool() == null ? null : r.getSchool().getId(),
                r.getStudent() == null ? null : r.getStudent().getId(),
                r.getTakenBy(), r.getStatus(), r.getClosureReason(), r.getIncidentId(), r.getCaseId(),
                r.getTriagedBy(), r.getTriagedAt(), r.getVersion());
    }
}
