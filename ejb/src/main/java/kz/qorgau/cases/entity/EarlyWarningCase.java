package kz.qorgau.cases.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.students.entity.Student;

/**
 * The one open early-warning case of a student. New reasons attach to it; its level only rises here (lowering it
 * is a person's decision with a written justification, not the engine's); its first-contact deadline only
 * tightens. People work it NEW, ASSIGNED, IN_PROGRESS (first contact made), MONITORING, CLOSED with an outcome;
 * the methods below refuse the steps the workflow does not allow. Who may take a step is the services' concern.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class EarlyWarningCase {

    /** A device clock a little ahead of the server's does not make a contact "in the future". */
    private static final long CLOCK_SKEW_SECONDS = 300;

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

    /** When the present episode began: the opening, or the latest reopening. */
    private Instant episodeStartedAt;
    private Instant firstContactDue;
    private Instant closedAt;

    private Instant firstContactAt;

    @Enumerated(EnumType.STRING)
    private ContactChannel firstContactChannel;

    private String firstContactNote;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    private String closingNote;

    /**
     * Every step of the workflow sets it, also on the reasons, so that the case's version guards everything people
     * do to the case itself.
     */
    @NotAudited
    private Instant updatedAt;

    @NotAudited
    @OneToMany(mappedBy = "earlyWarningCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("raisedAt, ruleId")
    private List<CaseReason> reasons = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "earlyWarningCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assignedAt, username")
    private List<CaseAssignment> assignments = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "earlyWarningCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    private List<CaseMeasure> measures = new ArrayList<>();

    /** Asking leaves the case as it is, its version too: the worker's page still holds the case it read. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "earlyWarningCase")
    @OrderBy("requestedAt, id")
    private List<ApprovalRequest> approvals = new ArrayList<>();

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
        this.episodeStartedAt = now;
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

    /**
     * A new signal soon after closing: the same case opens again, with the people it had, as a new episode. The
     * outcome and the first contact are no longer the case's (the timeline keeps both): someone must contact the
     * child about the new signal, within {@code firstContact} of now, and the deadline rule watches it again.
     */
    public void reopen(Instant now, Duration firstContact) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalStateException("case " + id + " is " + status + ", not closed");
        }
        status = assignments.isEmpty() ? CaseStatus.NEW : CaseStatus.ASSIGNED;
        closedAt = null;
        outcome = null;
        closingNote = null;
        firstContactAt = null;
        firstContactChannel = null;
        firstContactNote = null;
        firstContactDue = now.plus(firstContact);
        episodeStartedAt = now;
        updatedAt = now;
    }

    /**
     * A person of the school adds themself for a role they hold.
     *
     * @throws DuplicateRecord when they already answer for the case in that role
     */
    public void take(String username, StaffRole role, Instant now) {
        requireOpen();
        if (assignments.stream().anyMatch(a -> a.getRole() == role && a.getUsername().equals(username))) {
            throw new DuplicateRecord("case.take.already-assigned", username, role);
        }
        assign(username, role, now);
        updatedAt = now;
    }

    /**
     * The first contact with the child or the family, made at {@code at}: the case is now being worked. Within an
     * episode the first one counts; a reopened case starts an episode of its own.
     */
    public void logFirstContact(Instant at, ContactChannel channel, String note, Instant now) {
        if (status != CaseStatus.ASSIGNED) {
            throw new InvalidInput("case.first-contact.status", status);
        }
        if (at.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS))) {
            throw new InvalidInput("case.first-contact.in-future");
        }
        if (at.isBefore(openedAt)) {
            throw new InvalidInput("case.first-contact.before-opening", openedAt);
        }
        if (firstContactAt == null) {
            firstContactAt = at;
            firstContactChannel = channel;
            firstContactNote = note;
        }
        status = CaseStatus.IN_PROGRESS;
        updatedAt = now;
    }

    /** Between active work and monitoring, both ways; other statuses have steps of their own. */
    public CaseStatus changeStatus(CaseStatus target, Instant now) {
        boolean allowed = status == CaseStatus.IN_PROGRESS && target == CaseStatus.MONITORING
                || status == CaseStatus.MONITORING && target == CaseStatus.IN_PROGRESS;
        if (!allowed) {
            throw new InvalidInput("case.status.transition", status, target);
        }
        CaseStatus before = status;
        status = target;
        updatedAt = now;
        return before;
    }

    /** Resolving or referring needs a first contact; a false alarm or a child gone may be closed before. */
    public void close(CaseOutcome how, String note, Instant now) {
        requireClosable(how);
        status = CaseStatus.CLOSED;
        outcome = how;
        closingNote = note;
        closedAt = now;
        updatedAt = now;
    }

    /** A person's judgement; the engine still raises the level again when a finding above it comes. */
    public Level lowerLevel(Level to, Instant now) {
        requireLowerThanNow(to);
        Level before = level;
        level = to;
        updatedAt = now;
        return before;
    }

    /** Refuses a closing the case could not take, before it is asked of a supervisor as well as when applied. */
    public void requireClosable(CaseOutcome how) {
        requireOpen();
        if (how.needsContact() && (status == CaseStatus.NEW || status == CaseStatus.ASSIGNED)) {
            throw new InvalidInput("case.close.needs-contact", how);
        }
    }

    /** Refuses a lowering the case could not take, before it is asked of a supervisor as well as when applied. */
    public void requireLowerThanNow(Level to) {
        requireOpen();
        if (!level.isAbove(to)) {
            throw new InvalidInput("case.level.not-lower", to, level);
        }
    }

    /**
     * Hands a role to one person, letting go of whoever held it.
     *
     * @return the usernames let go
     */
    public List<String> reassign(StaffRole role, String username, Instant now) {
        requireOpen();
        List<CaseAssignment> holding = assignments.stream().filter(a -> a.getRole() == role).toList();
        if (holding.size() == 1 && holding.get(0).getUsername().equals(username)) {
            throw new InvalidInput("case.reassign.same-person", username, role);
        }
        List<String> released = holding.stream().map(CaseAssignment::getUsername)
                .filter(u -> !u.equals(username)).toList();
        assignments.removeIf(a -> a.getRole() == role && !a.getUsername().equals(username));
        if (holding.stream().noneMatch(a -> a.getUsername().equals(username))) {
            assign(username, role, now);
        }
        updatedAt = now;
        return released;
    }

    /** A measure is versioned on its own: adding one leaves the case's version as it is. */
    public CaseMeasure addMeasure(MeasureKind kind, String responsible, LocalDate dueOn, String note, String by,
                                  Instant now) {
        requireOpen();
        CaseMeasure measure = new CaseMeasure(this, kind, responsible, dueOn, note, by, now);
        measures.add(measure);
        return measure;
    }

    /** Reasons may be judged after closing too: whether a warning was useful is often clear only then. */
    public CaseReason markReasonKnown(long reasonId, String note, String by, Instant now) {
        return onReason(reasonId, now, r -> r.markKnown(note, by, now));
    }

    public CaseReason snoozeReason(long reasonId, LocalDate until, String why, String by, Instant now) {
        return onReason(reasonId, now, r -> r.snooze(until, why, by, now));
    }

    public CaseReason markReasonUsefulness(long reasonId, boolean useful, String note, String by, Instant now) {
        return onReason(reasonId, now, r -> r.markUsefulness(useful, note, by, now));
    }

    /** No first contact and its deadline has passed (rule EW-10 takes it from there). */
    public boolean isOverdueAt(Instant now) {
        return status != CaseStatus.CLOSED && firstContactAt == null && now.isAfter(firstContactDue);
    }

    public boolean isAssignee(String username) {
        return assignments.stream().anyMatch(a -> a.getUsername().equals(username));
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

    /** The request waiting for a supervisor, if any: while it waits the case stays as it is. */
    public Optional<ApprovalRequest> pendingApproval() {
        return approvals.stream().filter(ApprovalRequest::isPending).findFirst();
    }

    /** Asks a supervisor to approve a change; one request at a time. */
    public void requestApproval(ApprovalRequest request) {
        requireOpen();
        if (pendingApproval().isPresent()) {
            throw new DuplicateRecord("approval.pending", id);
        }
        approvals.add(request);
    }

    public Optional<CaseReason> reasonFor(String ruleId) {
        return reasons.stream().filter(r -> r.getRuleId().equals(ruleId)).findFirst();
    }

    private CaseReason onReason(long reasonId, Instant now, Consumer<CaseReason> change) {
        CaseReason reason = reasons.stream().filter(r -> r.getId() == reasonId).findFirst()
                .orElseThrow(() -> new RecordNotFound("case-reason", reasonId));
        change.accept(reason);
        updatedAt = now;
        return reason;
    }

    private void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new InvalidInput("case.closed", id);
        }
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

    public Instant getEpisodeStartedAt() {
        return episodeStartedAt;
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

    public List<CaseMeasure> getMeasures() {
        return Collections.unmodifiableList(measures);
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getFirstContactAt() {
        return firstContactAt;
    }

    public ContactChannel getFirstContactChannel() {
        return firstContactChannel;
    }

    public String getFirstContactNote() {
        return firstContactNote;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public long getVersion() {
        return version;
    }
}
