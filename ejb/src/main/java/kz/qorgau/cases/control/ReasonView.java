package kz.qorgau.cases.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qorgau.cases.entity.CaseReason;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.Messages;

/**
 * A reason of a case with its explanation in the reader's language, links to its evidence, and what the people of
 * the case said about it (null where nobody did).
 */
public record ReasonView(long id, String ruleId, String ruleVersion, Integer thresholdVersion, Level level,
                         Instant raisedAt, String explanation, List<EvidenceView> evidence, Map<String, Object> inputs,
                         KnownView known, SnoozeView snooze, UsefulnessView usefulness) implements Serializable {

    public record EvidenceView(String kind, long recordId) implements Serializable {
    }

    public record KnownView(String note, String by, Instant at) implements Serializable {
    }

    /** {@code active} while the snooze holds, through its last day. */
    public record SnoozeView(LocalDate until, String reason, Level level, String by, Instant at, boolean active)
            implements Serializable {
    }

    public record UsefulnessView(boolean useful, String note, String by, Instant at) implements Serializable {
    }

    /**
     * The inputs each rule's explanation names after the count of its evidence ({0}), in the order of the
     * placeholders {1}, {2}... of its message {@code reason.<rule id>}.
     */
    private static final Map<String, List<String>> EXPLAINED_BY = Map.of(
            "EW-01", List.of("windowDays"),
            "EW-02", List.of("windowDays"),
            "EW-03", List.of("windowDays"),
            "EW-04", List.of("minimum", "windowDays"),
            "EW-05", List.of("windowDays"),
            "EW-06", List.of("minimum", "windowDays"),
            "EW-07", List.of("unexcusedDays", "minimumDays", "absenceWindowDays", "incidentWindowDays"),
            "EW-08", List.of("minimum", "windowDays"),
            "EW-09", List.of("score", "lowBand", "mediumBand", "highBand"));

    static ReasonView of(CaseReason reason, Locale locale) {
        List<EvidenceView> evidence = reason.getEvidence().stream()
                .map(e -> new EvidenceView(e.getKind().name(), e.getRecordId()))
                .toList();
        LocalDate today = LocalDate.now(Kazakhstan.TIME_ZONE);
        return new ReasonView(reason.getId(), reason.getRuleId(), reason.getRuleVersion(),
                reason.getThresholdVersion(), reason.getLevel(), reason.getRaisedAt(),
                explanation(reason, evidence.size(), locale), evidence, reason.getInputs(),
                reason.getKnown().map(k -> new KnownView(k.knownNote(), k.knownBy(), k.knownAt())).orElse(null),
                reason.getSnooze().map(s -> new SnoozeView(s.snoozedUntil(), s.snoozeReason(), s.snoozedLevel(),
                        s.snoozedBy(), s.snoozedAt(), s.holdsOn(today))).orElse(null),
                reason.getUsefulness().map(u -> new UsefulnessView(u.useful(), u.usefulnessNote(), u.usefulnessBy(),
                        u.usefulnessAt())).orElse(null));
    }

    private static String explanation(CaseReason reason, int evidence, Locale locale) {
        Map<String, Object> inputs = reason.getInputs();
        List<Object> arguments = new ArrayList<>(List.of(evidence));
        EXPLAINED_BY.getOrDefault(reason.getRuleId(), List.of()).forEach(name -> arguments.add(inputs.get(name)));
        return Messages.text(locale, "reason." + reason.getRuleId(), arguments.toArray());
    }
}
