package kz.qorgau.concealment.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.School;

/**
 * Rule EW-11's flag: the police or a raid recorded an incident concerning a school that the school did not
 * report itself. For the coordinator and the ombudsman to look into; it opens no case and accuses nobody. It stays
 * open until the school's own report withdraws it or a coordinator or an ombudsman decides it.
 */
@Entity
@Table(name = "concealment_flag")
public class PossibleConcealment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concealment_flag_id")
    @SequenceGenerator(name = "concealment_flag_id", sequenceName = "concealment_flag_id_seq", allocationSize = 50)
    private Long id;

    private long studentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private long incidentId;
    private String ruleId;
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private ConcealmentStatus status;

    private Instant statusAt;
    private String statusBy;

    /** Two overseers deciding the same flag at once: the second learns of the first. */
    @Version
    private int version;

    protected PossibleConcealment() {
    }

    /**
     * Confirms or dismisses an open flag.
     *
     * @return the step to keep in the flag's history
     */
    public ConcealmentFlagEvent decide(ConcealmentStatus decision, String reason, String username, Instant now) {
        if (!decision.isDecision()) {
            throw new InvalidInput("concealment.decision.invalid", decision);
        }
        if (status != ConcealmentStatus.OPEN) {
            throw new InvalidInput("concealment.decided." + status, id);
        }
        status = decision;
        statusAt = now;
        statusBy = username;
        return new ConcealmentFlagEvent(this, decision, now, username, reason, null);
    }

    public Long getId() {
        return id;
    }

    public long getStudentId() {
        return studentId;
    }

    public School getSchool() {
        return school;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public ConcealmentStatus getStatus() {
        return status;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public String getStatusBy() {
        return statusBy;
    }

    public int getVersion() {
        return version;
    }
}
