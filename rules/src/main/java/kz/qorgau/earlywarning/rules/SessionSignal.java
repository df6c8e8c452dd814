package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A psychologist session as the rules see it: when, and which risk indicators were recorded. */
public class SessionSignal implements Signal {

    private final long sessionId;
    private final long studentId;
    private final LocalDate date;
    private final Set<RiskIndicator> indicators;

    public SessionSignal(long sessionId, long studentId, LocalDate date, Set<RiskIndicator> indicators) {
        this.sessionId = sessionId;
        this.studentId = studentId;
        this.date = Objects.requireNonNull(date, "date");
        this.indicators = indicators.isEmpty() ? EnumSet.noneOf(RiskIndicator.class) : EnumSet.copyOf(indicators);
    }

    public long getSessionId() {
        return sessionId;
    }

    @Override
    public long getStudentId() {
        return studentId;
    }

    @Override
    public LocalDate getDate() {
        return date;
    }

    public Set<RiskIndicator> getIndicators() {
        return indicators;
    }

    public boolean hasAnyOf(RiskIndicator... wanted) {
        for (RiskIndicator indicator : wanted) {
            if (indicators.contains(indicator)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.SESSION, sessionId);
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("session", sessionId, "date", date.toString(), "indicators", indicators.toString());
    }

    /** Only a session that recorded a risk indicator weighs; a routine session is not a warning sign. */
    @Override
    public double weight(Thresholds thresholds) {
        return indicators.isEmpty() ? 0 : thresholds.getEw09WeightRiskSession();
    }

    @Override
    public StaffRole calls() {
        return StaffRole.PSYCHOLOGIST;
    }
}
