package kz.qorgau.earlywarning.rules;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one rule concluded about one student: its level, whom it needs, how soon, the records that made it fire
 * and what the rule saw of them. Built fluently in a rule's consequence so that the DRL reads like the catalogue.
 */
public class Finding {

    private static final Comparator<Evidence> BY_KIND_AND_ID =
            Comparator.comparing(Evidence::kind).thenComparingLong(Evidence::recordId);

    private final String ruleId;
    private final long studentId;
    private final Level level;
    private final Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    private final SortedMap<Evidence, Map<String, Object>> evidence = new TreeMap<>(BY_KIND_AND_ID);
    private final Map<String, Object> inputs = new LinkedHashMap<>();
    private Duration firstContact = Duration.ofDays(5);
    private String ruleVersion = "";

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

    public Finding needs(Collection<StaffRole> wanted) {
        roles.addAll(wanted);
        return this;
    }

    public Finding firstContactWithin(Duration deadline) {
        this.firstContact = Objects.requireNonNull(deadline, "deadline");
        return this;
    }

    /** Cites these records as the evidence, with what the rule saw of each. */
    public Finding evidencedBy(Collection<? extends Signal> signals) {
        signals.forEach(this::evidencedBy);
        return this;
    }

    public Finding evidencedBy(Signal signal) {
        evidence.put(signal.evidence(), signal.snapshot());
        return this;
    }

    /** Records a threshold or a derived figure the rule compared against, such as a window or a score. */
    public Finding saw(String name, Object value) {
        inputs.put(name, value);
        return this;
    }

    void stamp(String version) {
        this.ruleVersion = Objects.requireNonNull(version, "version");
    }

    public String getRuleId() {
        return ruleId;
    }

    /** The version of the rule's DRL that raised it ({@code @version} in the rule's metadata). */
    public String getRuleVersion() {
        return ruleVersion;
    }

    public long getStudentId() {
        return studentId;
    }

    public Level getLevel() {
        return level;
    }

    public boolean isAtLeast(Level other) {
        return level.compareTo(other) >= 0;
    }

    public Set<StaffRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Duration getFirstContact() {
        return firstContact;
    }

    public Set<Evidence> getEvidence() {
        return Collections.unmodifiableSet(evidence.keySet());
    }

    /** The snapshot of the inputs: the figures the rule compared and what it saw of each evidence record. */
    public Map<String, Object> getInputs() {
        Map<String, Object> all = new LinkedHashMap<>(inputs);
        List<Map<String, Object>> records = List.copyOf(evidence.values());
        all.put("evidence", records);
        return Collections.unmodifiableMap(all);
    }

    @Override
    public String toString() {
        return ruleId + " " + level + " student " + studentId + " " + roles + " " + evidence.keySet();
    }
}
