package kz.qorgau.earlywarning.rules;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one rule concluded about one student: its level, whom it needs, how soon, and the records that made it
 * fire. Built fluently in a rule's consequence so that the DRL reads like the catalogue.
 */
public class Finding {

    private final String ruleId;
    private final long studentId;
    private final Level level;
    private final Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    private final SortedSet<Evidence> evidence =
            new TreeSet<>(Comparator.comparing(Evidence::kind).thenComparingLong(Evidence::recordId));
    private Duration firstContact = Duration.ofDays(5);

    private Finding(String ruleId, long studentId, Level level) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.studentId = studentId;
        this.level = Objects.requireNonNull(level, "level");
    }

    public static Finding of(String ruleId, long studentId, Level level) {
        return new Finding(ruleId, studentId, level);
    }

    public Finding needs(StaffRole... wanted) {
        Collections.addAll(roles, wanted);
        return this;
    }

    public Finding firstContactWithin(Duration deadline) {
        this.firstContact = Objects.requireNonNull(deadline, "deadline");
        return this;
    }

    public Finding evidencedBySessions(Collection<SessionSignal> sessions) {
        sessions.forEach(s -> evidence.add(Evidence.session(s.getSessionId())));
        return this;
    }

    public Finding evidencedByIncidents(Collection<IncidentSignal> incidents) {
        incidents.forEach(i -> evidence.add(Evidence.incident(i.getIncidentId())));
        return this;
    }

    public String getRuleId() {
        return ruleId;
    }

    public long getStudentId() {
        return studentId;
    }

    public Level getLevel() {
        return level;
    }

    public Set<StaffRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Duration getFirstContact() {
        return firstContact;
    }

    public Set<Evidence> getEvidence() {
        return Collections.unmodifiableSet(evidence);
    }

    @Override
    public String toString() {
        return ruleId + " " + level + " student " + studentId + " " + roles + " " + evidence;
    }
}
