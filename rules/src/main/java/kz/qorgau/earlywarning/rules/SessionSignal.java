package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A psychologist session as the rules see it: when, and which risk indicators were recorded. */
public class SessionSignal {

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

    public long getStudentId() {
        return studentId;
    }

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
}
