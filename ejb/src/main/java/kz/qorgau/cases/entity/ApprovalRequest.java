package kz.qorgau.cases.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.InvalidInput;

/**
 * A worker's request to close a HIGH or CRITICAL case or to lower its level, with their reason. It holds the change
 * asked for; the case changes only when the supervisor approves, and a request sent back leaves it as it was.
 */
@Entity
public class ApprovalRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_request_id")
    @SequenceGenerator(name = "approval_request_id", sequenceName = "approval_request_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private EarlyWarningCase earlyWarningCase;

    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    private String note;

    @Enumerated(EnumType.STRING)
    private Level level;

    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    private String supervisorRole;

    @Enumerated(EnumType.STRING)
    private ApprovalStatus status;

    private String decidedBy;
    private Instant decidedAt;
    private String comment;

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    private ApprovalRequest(EarlyWarningCase c, ApprovalKind kind, String reason, String requestedBy,
                            String supervisorRole, Instant now) {
        this.earlyWarningCase = c;
        this.kind = kind;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.supervisorRole = supervisorRole;
        this.requestedAt = now;
        this.status = ApprovalStatus.PENDING;
    }

    /** Closing with this outcome; the closing note is the reason. */
    public static ApprovalRequest closing(EarlyWarningCase c, CaseOutcome outcome, String note, String requestedBy,
                                          String supervisorRole, Instant now) {
        ApprovalRequest r = new ApprovalRequest(c, ApprovalKind.CLOSE, note, requestedBy, supervisorRole, now);
        r.outcome = outcome;
        r.note = note;
        return r;
    }

    /** Lowering to this level; the justification is the reason. */
    public static ApprovalRequest lowering(EarlyWarningCase c, Level to, String justification, String requestedBy,
                                           String supervisorRole, Instant now) {
        ApprovalRequest r = new ApprovalRequest(c, ApprovalKind.LOWER_LEVEL, justification, requestedBy,
                supervisorRole, now);
        r.level = to;
        return r;
    }

    public void approve(String by, Instant now) {
        decide(ApprovalStatus.APPROVED, by, null, now);
    }

    public void sendBack(String by, String comment, Instant now) {
        decide(ApprovalStatus.SENT_BACK, by, comment, now);
    }

    private void decide(ApprovalStatus to, String by, String comment, Instant now) {
        if (status != ApprovalStatus.PENDING) {
            throw new InvalidInput("approval.decided", id);
        }
        status = to;
        decidedBy = by;
        decidedAt = now;
        this.comment = comment;
    }

    public boolean isPending() {
        return status == ApprovalStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public EarlyWarningCase getEarlyWarningCase() {
        return earlyWarningCase;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public Level getLevel() {
        return level;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getSupervisorRole() {
        return supervisorRole;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }

    public long getVersion() {
        return version;
    }
}
