package kz.qorgau.cases.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.StaffRole;

/**
 * A case put in front of someone above the school's staff by a rule: a missed first-contact deadline (EW-10) or
 * nobody designated for a role it needs (EW-12). One per episode of the case, rule and target, so that a rule firing
 * again on the same case adds nothing.
 */
@Entity
public class CaseEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_escalation_id")
    @SequenceGenerator(name = "case_escalation_id", sequenceName = "case_escalation_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EarlyWarningCase earlyWarningCase;

    private String ruleId;

    @Enumerated(EnumType.STRING)
    private EscalationTarget target;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_escalation_missing_role", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> missingRoles = EnumSet.noneOf(StaffRole.class);

    private Instant escalatedAt;

    /** The episode of the case it was made in. */
    private Instant episodeStartedAt;

    protected CaseEscalation() {
    }

    public CaseEscalation(EarlyWarningCase earlyWarningCase, String ruleId, EscalationTarget target,
                          Set<StaffRole> missingRoles, Instant now) {
        this.earlyWarningCase = Objects.requireNonNull(earlyWarningCase, "earlyWarningCase");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.target = Objects.requireNonNull(target, "target");
        this.missingRoles.addAll(missingRoles);
        this.escalatedAt = Objects.requireNonNull(now, "now");
        this.episodeStartedAt = earlyWarningCase.getEpisodeStartedAt();
    }

    /** The roles found missing since, on a case escalated for want of staff. */
    public void addMissing(Set<StaffRole> roles) {
        missingRoles.addAll(roles);
    }

    public Long getCaseId() {
        return earlyWarningCase.getId();
    }

    public String getRuleId() {
        return ruleId;
    }

    public EscalationTarget getTarget() {
        return target;
    }

    public Set<StaffRole> getMissingRoles() {
        return Collections.unmodifiableSet(missingRoles);
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
