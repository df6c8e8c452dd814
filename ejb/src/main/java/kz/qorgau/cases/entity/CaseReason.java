package kz.qorgau.cases.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reason_evidence", joinColumns = @JoinColumn(name = "reason_id"))
    private List<EvidenceRef> evidence = new ArrayList<>();

    protected CaseReason() {
    }

    CaseReason(EarlyWarningCase earlyWarningCase, Finding finding, Instant now) {
        this.earlyWarningCase = earlyWarningCase;
        this.ruleId = finding.getRuleId();
        this.level = finding.getLevel();
        this.raisedAt = now;
        absorb(finding);
    }

    /** Adds the evidence and level of a later firing of the same rule; tells whether anything was new. */
    boolean absorb(Finding finding) {
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
        return changed;
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

    public List<EvidenceRef> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }
}
