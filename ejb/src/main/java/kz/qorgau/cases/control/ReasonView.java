package kz.qorgau.cases.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qorgau.cases.entity.CaseReason;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Messages;

/**
 * A reason of a case with its explanation in the reader's language, links to its evidence, and what the people of
 * the case said about it (null where nobody did).
 */
public record ReasonView(long id, String ruleId, String ruleVersion, Integer thresholdVersion, Level level,
                         Instant raisedAt, String explanation, List<EvidenceView> evidence, Map<String, Object> inputs,
                         KnownView known, SnoozeView snooze, UsefulnessView usefulness) {

    public record EvidenceView(String kind, long recordId) {
    }

    public record KnownView(String note, String by, Instant at) {
    }

    /** {@code active} while the snooze holds, through its last day. */
    public record SnoozeView(LocalDate until, String reason, Level level, String by, Instant at, boolean active) {
    }

    public record UsefulnessView(boolean useful, String note, String by, Instant at) {
    }

    static ReasonView of(CaseReason reason, Locale locale) {
        List<EvidenceView> evidence = reason.getEvidence().stream()
                .map(e -> new EvidenceView(e.getKind().name(), e.getRecordId()))
                .toList();
        LocalDate today = LocalDate.now(StudentEvaluation.KAZAKHSTAN);
        return new ReasonView(reason.getId(), reason.getRuleId(), reason.getRuleVersion(),
                reason.getThresholdVersion(), reason.getLevel(), reason.getRaisedAt(),
                Messages.text(locale, "reason." + reason.getRuleId(), evidence.size()), evidence, reason.getInputs(),
                reason.getKnown().map(k -> new KnownView(k.knownNote(), k.knownBy(), k.knownAt())).orElse(null),
                reason.getSnooze().map(s -> new SnoozeView(s.snoozedUntil(), s.snoozeReason(), s.snoozedLevel(),
                        s.snoozedBy(), s.snoozedAt(), s.holdsOn(today))).orElse(null),
                reason.getUsefulness().map(u -> new UsefulnessView(u.useful(), u.usefulnessNote(), u.usefulnessBy(),
                        u.usefulnessAt())).orElse(null));
    }
}
