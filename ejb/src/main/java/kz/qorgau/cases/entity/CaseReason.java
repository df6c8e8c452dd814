package kz.qorgau.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.earlywarning.rules.Evidence;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;

/** Why a case is open: one rule of the catalogue, and the records that made it fire. */
@Entity
public class CaseReason {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_reason_id")
    @SequenceGenerator(name = "case_reason_id", sequenceName = "case_reason_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EarlyWarningCase earlyWarningCase;

    private String ruleId;

    @Enumerated(EnumType.STRING)
    private Level level;

    private Instant raisedAt;

    /** The version of the rule's DRL and of the thresholds in force when the reason last took in new evidence. */
    private String ruleVersion;
    private Integer thresholdVersion;

    /** What the rule saw, as JSON: the figures it compared and each evidence record as it was. */
    private String inputs;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reason_evidence", joinColumns = @JoinColumn(name = "reason_id"))
    private List<EvidenceRef> evidence = new ArrayList<>();

    /** What the people of the case said about this reason: known already, put to rest, useful or not. */
    @Embedded
    private KnownMark known;

    @Embedded
    private Snooze snooze;

    @Embedded
    private UsefulnessMark usefulness;

    protected CaseReason() {
    }

    CaseReason(EarlyWarningCase earlyWarningCase, Finding finding, Integer thresholdVersion, Instant now) {
        this.earlyWarningCase = earlyWarningCase;
        this.ruleId = finding.getRuleId();
        this.level = finding.getLevel();
        this.raisedAt = now;
        absorb(finding, thresholdVersion);
    }

    /**
     * Adds the evidence and level of a later firing of the same rule; tells whether anything was new. The versions
     * and the snapshot follow the firing that brought something new, so that they explain the reason as it stands.
     */
    boolean absorb(Finding finding, Integer thresholdVersion) {
        Set<Evidence> known = evidence.stream().map(EvidenceRef::toEvidence).collect(Collectors.toSet());
        boolean changed = false;
        for (Evidence e : finding.getEvidence()) {
            if (!known.contains(e)) {
                evidence.add(new EvidenceRef(e));
                changed = true;
            }
        }
        if (finding.getLevel().isAbove(level)) {
            level = finding.getLevel();
            changed = true;
        }
        if (changed || inputs == null) {
            this.ruleVersion = finding.getRuleVersion();
            this.thresholdVersion = thresholdVersion;
            this.inputs = InputsJson.write(finding.getInputs());
        }
        return changed;
    }

    void markKnown(String note, String by, Instant now) {
        known = new KnownMark(note, by, now);
    }

    /** Snoozed at the level the reason has now: a later finding above it still raises the case. */
    void snooze(LocalDate until, String why, String by, Instant now) {
        snooze = new Snooze(until, why, level, by, now);
    }

    void markUsefulness(boolean useful, String note, String by, Instant now) {
        usefulness = new UsefulnessMark(useful, note, by, now);
    }

    public Long getId() {
        return id;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Level getLevel() {
        return level;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRuleVersion() {
        return ruleVersion;
    }

    public Integer getThresholdVersion() {
        return thresholdVersion;
    }

    public Map<String, Object> getInputs() {
        return InputsJson.read(inputs);
    }

    public Optional<KnownMark> getKnown() {
        return Optional.ofNullable(known);
    }

    public Optional<Snooze> getSnooze() {
        return Optional.ofNullable(snooze);
    }

    public Optional<UsefulnessMark> getUsefulness() {
        return Optional.ofNullable(usefulness);
    }

    public List<EvidenceRef> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }
}
