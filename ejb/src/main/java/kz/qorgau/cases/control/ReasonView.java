package kz.qorgau.cases.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qorgau.cases.entity.CaseReason;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Messages;

/** A reason of a case with its explanation in the reader's language and links to its evidence. */
public record ReasonView(String ruleId, String ruleVersion, Integer thresholdVersion, Level level, Instant raisedAt,
                         String explanation, List<EvidenceView> evidence, Map<String, Object> inputs) {

    public record EvidenceView(String kind, long recordId) {
    }

    static ReasonView of(CaseReason reason, Locale locale) {
        List<EvidenceView> evidence = reason.getEvidence().stream()
                .map(e -> new EvidenceView(e.getKind().name(), e.getRecordId()))
                .toList();
        return new ReasonView(reason.getRuleId(), reason.getRuleVersion(), reason.getThresholdVersion(),
                reason.getLevel(), reason.getRaisedAt(),
                Messages.text(locale, "reason." + reason.getRuleId(), evidence.size()), evidence, reason.getInputs());
    }
}
