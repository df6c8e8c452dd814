package kz.qorgau.referrals.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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
import jakarta.persistence.Version;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.students.entity.Student;

/**
 * A child referred from a case to a service, on the guardian's consent or on a legal ground, and what became of it.
 */
@Entity
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_id")
    @SequenceGenerator(name = "referral_id", sequenceName = "referral_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EarlyWarningCase earlyWarningCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceProvider service;

    private String reason;
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY)
    private GuardianConsent consent;

    @Enumerated(EnumType.STRING)
    private OverrideGround overrideGround;

    private String overrideNote;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    private String answer;
    private String referredBy;
    private Instant referredAt;
    private String changedBy;
    private Instant changedAt;

    @Version
    private long version;

    protected Referral() {
    }

    private Referral(EarlyWarningCase c, ServiceProvider service, String reason, LocalDate dueOn, String by,
                     Instant at) {
        this.earlyWarningCase = Objects.requireNonNull(c, "case");
        this.student = c.getStudent();
        this.service = Objects.requireNonNull(service, "service");
        this.reason = Objects.requireNonNull(reason, "reason").strip();
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.status = ReferralStatus.SENT;
        this.referredBy = Objects.requireNonNull(by, "by");
        this.referredAt = Objects.requireNonNull(at, "at");
    }

    /** A referral the guardian consented to; the consent must be one of this child's. */
    public static Referral withConsent(EarlyWarningCase c, ServiceProvider service, String reason, LocalDate dueOn,
                                       GuardianConsent consent, String by, Instant at) {
        if (consent.isWithdrawal() || !consent.getStudent().getId().equals(c.getStudent().getId())) {
            throw new InvalidInput("referral.consent.not-valid", consent.getId());
        }
        Referral referral = new Referral(c, service, reason, dueOn, by, at);
        referral.consent = consent;
        return referral;
    }

    /** A referral without consent, on a legal ground stated with a note. */
    public static Referral onGround(EarlyWarningCase c, ServiceProvider service, String reason, LocalDate dueOn,
                                    OverrideGround ground, String note, String by, Instant at) {
        Referral referral = new Referral(c, service, reason, dueOn, by, at);
        referral.overrideGround = Objects.requireNonNull(ground, "ground");
        referral.overrideNote = Objects.requireNonNull(note, "note").strip();
        return referral;
    }

    /** Moves the referral on; a decline needs its reason and a completion its outcome. */
    public ReferralStatus changeStatus(ReferralStatus next, String answer, String by, Instant at) {
        Objects.requireNonNull(next, "next");
        if (!status.canBecome(next)) {
            throw new InvalidInput("referral.status.not-allowed", status, next);
        }
        if (next.needsAnswer() && (answer == null || answer.isBlank())) {
            throw new InvalidInput("referral.status.answer.required", next);
        }
        ReferralStatus before = status;
        this.status = next;
        if (answer != null && !answer.isBlank()) {
            this.answer = answer.strip();
        }
        this.changedBy = by;
        this.changedAt = at;
        return before;
    }

    /** Sent and not answered by the service although the due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status == ReferralStatus.SENT && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public EarlyWarningCase getEarlyWarningCase() {
        return earlyWarningCase;
    }

    public Student getStudent() {
        return student;
    }

    public ServiceProvider getService() {
        return service;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public GuardianConsent getConsent() {
        return consent;
    }

    public OverrideGround getOverrideGround() {
        return overrideGround;
    }

    public String getOverrideNote() {
        return overrideNote;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
