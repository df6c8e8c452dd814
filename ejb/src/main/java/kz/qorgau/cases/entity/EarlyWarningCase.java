package kz.qorgau.cases.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.students.entity.Student;

/**
 * The one open early-warning case of a student. New reasons attach to it; its level only rises here (lowering it
 * is a person's decision with a written justification, not the engine's); its first-contact deadline only
 * tightens.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class EarlyWarningCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "early_warning_case_id")
    @SequenceGenerator(name = "early_warning_case_id", sequenceName = "early_warning_case_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private Level level;

    private Instant openedAt;
    private Instant firstContactDue;
    private Instant closedAt;

    @NotAudited
    @OneToMany(mappedBy = "earlyWarningCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("raisedAt, ruleId")
    private List<CaseReason> reasons = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "earlyWarningCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assignedAt, username")
    private List<CaseAssignment> assignments = new ArrayList<>();

    @Version
    private long version;

    protected EarlyWarningCase() {
    }

    /** A case opened by a first finding; the finding's deadline starts from {@code now}. */
    public EarlyWarningCase(Student student, Finding first, Integer thresholdVersion, Instant now) {
        this.student = student;
        this.status = CaseStatus.NEW;
        this.level = first.getLevel();
        this.openedAt = now;
        this.firstContactDue = now.plus(first.getFirstContact());
        attach(first, thresholdVersion, now);
    }

    /**
     * Attaches a finding as a new reason, or adds its new evidence to the reason of the same rule.
     *
     * @return whether the case changed; evaluating the same signals twice changes nothing
     */
    public boolean attach(Finding finding, Integer thresholdVersion, Instant now) {
        Optional<CaseReason> existing = reasonFor(finding.getRuleId());
        boolean changed;
        if (existing.isPresent()) {
            changed = existing.get().absorb(finding, thresholdVersion);
        } else {
            reasons.add(new CaseReason(this, finding, thresholdVersion, now));
            Instant due = now.plus(finding.getFirstContact());
            if (due.isBefore(firstContactDue)) {
                firstContactDue = due;
            }
            changed = true;
        }
        if (finding.getLevel().isAbove(level)) {
            level = finding.getLevel();
        }
        return changed;
    }

    /** A new signal soon after closing: the same case opens again, with the people it had. */
    public void reopen(Instant now) {
        status = assignments.isEmpty() ? CaseStatus.NEW : CaseStatus.ASSIGNED;
        closedAt = null;
    }

    public boolean hasAssigneeFor(StaffRole role) {
        return assignments.stream().anyMatch(a -> a.getRole() == role);
    }

    public void assign(String username, StaffRole role, Instant now) {
        assignments.add(new CaseAssignment(this, username, role, now));
        if (status == CaseStatus.NEW) {
            status = CaseStatus.ASSIGNED;
        }
    }

    /** Lets go of every assignee, as when the student changes school; returns the roles they held. */
    public Set<StaffRole> releaseAssignees() {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        assignments.forEach(a -> roles.add(a.getRole()));
        assignments.clear();
        if (status == CaseStatus.ASSIGNED) {
            status = CaseStatus.NEW;
        }
        return roles;
    }

    public Optional<CaseReason> reasonFor(String ruleId) {
        return reasons.stream().filter(r -> r.getRuleId().equals(ruleId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Level getLevel() {
        return level;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getFirstContactDue() {
        return firstContactDue;
    }

    public List<CaseReason> getReasons() {
        return Collections.unmodifiableList(reasons);
    }

    public List<CaseAssignment> getAssignments() {
        return Collections.unmodifiableList(assignments);
    }

    public long getVersion() {
        return version;
    }
}
