package kz.qorgau.concealment.entity;

import java.time.Instant;
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
import jakarta.persistence.Table;

/** One step in a flag's life, kept for good: who moved it to which status, when and why. */
@Entity
@Table(name = "concealment_flag_event")
public class ConcealmentFlagEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flag_id")
    private PossibleConcealment flag;

    @Enumerated(EnumType.STRING)
    private ConcealmentStatus status;

    private Instant happenedAt;
    private String username;
    private String reason;
    private Long schoolIncidentId;

    protected ConcealmentFlagEvent() {
    }

    ConcealmentFlagEvent(PossibleConcealment flag, ConcealmentStatus status, Instant happenedAt, String username,
                         String reason, Long schoolIncidentId) {
        this.flag = Objects.requireNonNull(flag, "flag");
        this.status = Objects.requireNonNull(status, "status");
        this.happenedAt = Objects.requireNonNull(happenedAt, "happenedAt");
        this.username = Objects.requireNonNull(username, "username");
        this.reason = reason;
        this.schoolIncidentId = schoolIncidentId;
    }

    public PossibleConcealment getFlag() {
        return flag;
    }

    public ConcealmentStatus getStatus() {
        return status;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getReason() {
        return reason;
    }

    /** The school's own report that withdrew the flag; null for any other step. */
    public Long getSchoolIncidentId() {
        return schoolIncidentId;
    }
}
